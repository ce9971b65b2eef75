import { createStore } from 'zustand/vanilla';
import type { LoanReminderSent } from '../../domain/api/reminders.js';
import type { ApiError } from '../../domain/api-error.js';
import type { KioskApi } from '../../domain/kiosk-api/contract.js';

/** Where one overdue loan's reminder stands: on its way, sent, or refused with the reason why. */
export type LoanReminder =
  { status: 'sending' } | { status: 'sent'; sent: LoanReminderSent } | { status: 'refused'; error: ApiError };

export type LoanRemindersState = {
  /** By loan (allocation id); loans nobody has reminded from this screen have none. */
  byLoan: Record<string, LoanReminder>;
  remind(allocationId: string): Promise<void>;
};

/** The overdue report's "Send reminder" buttons: one email per click, each loan's answer kept beside it. */
export function createLoanRemindersStore(api: KioskApi) {
  return createStore<LoanRemindersState>()((set, get) => {
    const record = (allocationId: string, reminder: LoanReminder) =>
      set({ byLoan: { ...get().byLoan, [allocationId]: reminder } });
    return {
      byLoan: {},
      remind: async (allocationId) => {
        // A click while the last one is on its way would only be refused by the central API.
        if (get().byLoan[allocationId]?.status === 'sending') return;
        record(allocationId, { status: 'sending' });
        const answer = await api.call('staff.remind', { allocationId });
        record(
          allocationId,
          answer.ok ? { status: 'sent', sent: answer.result } : { status: 'refused', error: answer.error },
        );
      },
    };
  });
}
