import { ApiError } from '../../domain/api-error.js';
import {
  KioskEventMessage,
  kioskApiMethods,
  type KioskApi,
  type KioskCallResult,
  type KioskMethod,
} from '../../domain/kiosk-api/index.js';

/**
 * Checks an answer against the contract before the screen trusts it. A transport that is out of date with
 * the renderer shows up as a plain error value instead of a screen that crashes on a missing field.
 */
export function checkResult<M extends KioskMethod>(method: M, answer: unknown): KioskCallResult<M> {
  const a = answer as { ok?: unknown; result?: unknown; error?: unknown };
  if (a && a.ok === false) {
    const error = ApiError.safeParse(a.error);
    if (error.success) return { ok: false, error: error.data };
  }
  if (a && a.ok === true) {
    const parsed = kioskApiMethods[method].result.safeParse(a.result);
    if (parsed.success) return { ok: true, result: parsed.data } as KioskCallResult<M>;
  }
  return {
    ok: false,
    error: {
      code: 'internal',
      message: `The kiosk answered ${method} with something this screen does not understand. Restart Kitdesk; if it happens again, tell the technician.`,
    },
  };
}

/** Wraps a KioskApi someone else built (the Electron preload) so its answers and events are validated too. */
export function validatedKioskApi(inner: KioskApi, warn: (problem: string) => void): KioskApi {
  return {
    async call(method, params) {
      return checkResult(method, await inner.call(method, params));
    },
    subscribe(listener) {
      return inner.subscribe((message) => {
        const parsed = KioskEventMessage.safeParse(message);
        if (parsed.success) listener(parsed.data);
        else warn(`Ignored an event the contract does not allow: ${parsed.error.message}`);
      });
    },
  };
}
