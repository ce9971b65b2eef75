import type { ApiError } from '../../domain/api-error.js';
import type { KioskApi, KioskMethod, KioskParams } from '../../domain/kiosk-api/contract.js';

/** What every store keeps about its last call: whether one is running and what went wrong, to show it. */
export type CallState = { busy: boolean; error: ApiError | null };

export const idleCall: CallState = { busy: false, error: null };

/**
 * Calls the core while showing it as busy, keeps the error (or clears it) and says whether it worked. The
 * answer itself is not stored: the stores that use this are updated by the core's pushed events.
 */
export function trackedCall(api: KioskApi, set: (partial: Partial<CallState>) => void) {
  return async <M extends KioskMethod>(method: M, params: KioskParams<M>): Promise<boolean> => {
    set({ busy: true });
    const answer = await api.call(method, params);
    set({ busy: false, error: answer.ok ? null : answer.error });
    return answer.ok;
  };
}
