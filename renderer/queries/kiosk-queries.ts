import { QueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../domain/api-error.js';
import type { KioskApi, KioskMethod, KioskParams, KioskResult } from '../../domain/kiosk-api/contract.js';

/** A refused kiosk call as TanStack Query wants a failure: thrown, carrying the error as it arrived. */
export class KioskCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'KioskCallError';
  }
}

/** Calls the kiosk and answers the result, or throws its error for the query or mutation to keep. */
export async function callOrThrow<M extends KioskMethod>(
  api: KioskApi,
  method: M,
  params: KioskParams<M>,
): Promise<KioskResult<M>> {
  const answer = await api.call(method, params);
  if (!answer.ok) throw new KioskCallError(answer.error);
  return answer.result;
}

/** The key of a call's answer: the method and its parameters, so each question keeps its own answer. */
export const kioskKey = <M extends KioskMethod>(method: M, params?: KioskParams<M>) =>
  params === undefined ? ['kiosk', method] : ['kiosk', method, params];

/** The error of a failed query or mutation in the kiosk's own shape; null while there is none. */
export function apiErrorOf(failure: unknown): ApiError | null {
  if (failure === null || failure === undefined) return null;
  if (failure instanceof KioskCallError) return failure.error;
  return { code: 'internal', message: failure instanceof Error ? failure.message : String(failure) };
}

/**
 * Staff data from the central API, through the kiosk. Every answer is refetched when a screen showing it
 * opens (another desk may have changed it); nothing is retried, because the core already says plainly
 * why a call failed, and a screen regaining focus is no reason to ask again on a kiosk.
 */
export function createKioskQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 0, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}
