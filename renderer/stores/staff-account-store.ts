import { createStore } from 'zustand/vanilla';
import type { KioskApi, StaffSessionView } from '../../domain/kiosk-api/contract.js';

export type StaffAccountState = {
  /** The member of staff signed in with email and password; null when only a card was tapped. */
  account: StaffSessionView | null;
  /** Asks the core who is signed in, for a screen that opens or reconnects. */
  refresh(): Promise<void>;
  /** The core's word on who is signed in, e.g. signed out when the staff card left the session. */
  receive(account: StaffSessionView | null): void;
};

/**
 * The staff sign-in that editing and reports need, as the core has it: the core decides, and pushes
 * each change; signing in and out are calls the account screens make.
 */
export function createStaffAccountStore(api: KioskApi) {
  return createStore<StaffAccountState>()((set) => ({
    account: null,
    receive: (account) => set({ account }),
    refresh: async () => {
      const answer = await api.call('staff.session', {});
      if (answer.ok) set({ account: answer.result });
    },
  }));
}
