import type { KioskError } from '../../domain/kiosk-api/contract.js';

/** What every store keeps about its last call: whether one is running and what went wrong, to show it. */
export type CallState = { busy: boolean; error: KioskError | null };

export const idleCall: CallState = { busy: false, error: null };
