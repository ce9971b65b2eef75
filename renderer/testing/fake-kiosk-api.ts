/** An in-memory KioskApi for the stores' unit tests: answers from a table, records calls, pushes events. */
import { ApiError } from '../../domain/api-error.js';
import type { ErrorCode } from '../../domain/errors.js';
import type {
  KioskApi,
  KioskCallResult,
  KioskEventMessage,
  KioskMethod,
  KioskParams,
} from '../../domain/kiosk-api/contract.js';

export type Answerer = { [M in KioskMethod]?: (params: KioskParams<M>) => KioskCallResult<M> };

export type FakeKioskApi = KioskApi & {
  calls: { method: KioskMethod; params: unknown }[];
  answers: Answerer;
  push(message: KioskEventMessage): void;
};

export function fakeKioskApi(answers: Answerer = {}): FakeKioskApi {
  const listeners = new Set<(m: KioskEventMessage) => void>();
  const fake: FakeKioskApi = {
    calls: [],
    answers,
    async call(method, params) {
      fake.calls.push({ method, params });
      const answer = fake.answers[method] as
        ((p: typeof params) => KioskCallResult<typeof method>) | undefined;
      if (!answer)
        return { ok: false, error: { code: 'internal', message: `No answer for ${method} in this test.` } };
      return answer(params);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    push(message) {
      for (const l of listeners) l(message);
    },
  };
  return fake;
}

export const ok = <T>(result: T) => ({ ok: true as const, result });
export const refused = (code: ErrorCode, message: string, details?: unknown) => ({
  ok: false as const,
  error: ApiError.parse({ code, message, details }),
});
