import type { z } from 'zod';
import {
  ApiError,
  KioskMethod,
  kioskApiMethods,
  KitdeskError,
  type KioskCallResult,
  type KioskResult,
} from '../../../domain/index.js';

type ParsedParams<M extends KioskMethod> = z.infer<(typeof kioskApiMethods)[M]['params']>;

/** One function per KioskApi method, taking already-validated parameters. */
export type KioskHandlers = {
  [M in KioskMethod]: (params: ParsedParams<M>) => KioskResult<M> | Promise<KioskResult<M>>;
};

/**
 * The one door into the core for every transport: the method name and parameters are untrusted (they come
 * from a renderer or a socket), so both are validated here, and failures come back as values, never throws.
 */
export async function dispatch(
  handlers: KioskHandlers,
  method: unknown,
  params: unknown,
): Promise<KioskCallResult<KioskMethod>> {
  const m = KioskMethod.safeParse(method);
  if (!m.success) {
    return {
      ok: false,
      error: { code: 'validation_failed', message: `There is no kiosk call named ${String(method)}.` },
    };
  }
  const parsed = kioskApiMethods[m.data].params.safeParse(params ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = issues[0];
    const where = first?.path ? ` (${first.path})` : '';
    return {
      ok: false,
      error: {
        code: 'validation_failed',
        message: `${m.data}: ${first?.message ?? 'invalid parameters'}${where}.`,
        details: { issues },
      },
    };
  }
  try {
    const handler = handlers[m.data] as (p: unknown) => unknown;
    const result = await handler(parsed.data);
    return { ok: true, result } as KioskCallResult<KioskMethod>;
  } catch (err) {
    if (err instanceof KitdeskError) {
      // The central API's details (the field a value clashed on, every lending reason) reach the screen.
      return {
        ok: false,
        error: ApiError.parse({ code: err.code, message: err.message, details: err.details }),
      };
    }
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'internal', message: `The kiosk could not do that: ${message}` } };
  }
}
