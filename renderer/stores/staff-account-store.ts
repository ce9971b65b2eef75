import { createStore } from 'zustand/vanilla';
import type { KioskApi, StaffSessionView } from '../../domain/kiosk-api/contract.js';
import { idleCall, type CallState } from './call-state.js';

export type StaffAccountState = CallState & {
  /** The member of staff signed in with email and password; null when only a card was tapped. */
  account: StaffSessionView | null;
  refresh(): Promise<void>;
  /** The core's word on who is signed in, e.g. signed out when the staff card left the session. */
  receive(account: StaffSessionView | null): void;
  signIn(email: string, password: string): Promise<boolean>;
  signOut(): Promise<void>;
};

/** The staff sign-in that editing and reports need: the central API acts as this person. */
export function createStaffAccountStore(api: KioskApi) {
  return createStore<StaffAccountState>()((set) => ({
    ...idleCall,
    account: null,
    receive: (account) => set({ account }),
    refresh: async () => {
      const answer = await api.call('staff.session', {});
      set(answer.ok ? { account: answer.result } : { error: answer.error });
    },
    signIn: async (email, password) => {
      set({ busy: true, error: null });
      const answer = await api.call('staff.signIn', { email: email.trim(), password });
      set({ busy: false, ...(answer.ok ? { account: answer.result } : { error: answer.error }) });
      return answer.ok;
    },
    signOut: async () => {
      set({ busy: true, error: null });
      const answer = await api.call('staff.signOut', {});
      set({ busy: false, ...(answer.ok ? { account: null } : { error: answer.error }) });
    },
  }));
}
