import { describe, expect, it } from 'vitest';
import type { KioskCallResult } from '../../domain/kiosk-api/contract.js';
import { fakeKioskApi, ok, refused } from '../testing/fake-kiosk-api.js';
import { ids, reminderSent } from '../testing/staff-records.js';
import { createLoanRemindersStore } from './loan-reminders-store.js';

const OTHER_LOAN = '1e4c2b3a-5d6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('the overdue loans’ reminders', () => {
  it('keeps who the reminder went to, for that loan alone', async () => {
    const api = fakeKioskApi({ 'staff.remind': () => ok(reminderSent()) });
    const store = createLoanRemindersStore(api);
    await store.getState().remind(ids.loan);
    expect(store.getState().byLoan).toEqual({ [ids.loan]: { status: 'sent', sent: reminderSent() } });
    expect(api.calls).toEqual([{ method: 'staff.remind', params: { allocationId: ids.loan } }]);
  });

  it('shows a loan as sending until the answer comes, and sends nothing more for clicks meanwhile', async () => {
    let answer: (a: KioskCallResult<'staff.remind'>) => void = () => {};
    const api = fakeKioskApi();
    const store = createLoanRemindersStore(api);
    api.call = async (method, params) => {
      api.calls.push({ method, params });
      return new Promise((resolve) => {
        answer = resolve as typeof answer;
      });
    };
    const first = store.getState().remind(ids.loan);
    await store.getState().remind(ids.loan);
    expect(store.getState().byLoan[ids.loan]).toEqual({ status: 'sending' });
    expect(api.calls).toHaveLength(1);
    answer(ok(reminderSent()));
    await first;
    expect(store.getState().byLoan[ids.loan]?.status).toBe('sent');
  });

  it('keeps the central API’s sentence when it refuses, beside the other loans’ answers', async () => {
    const sentence = 'An overdue reminder went to jamie.ellis@school.test at 09:31.';
    const api = fakeKioskApi({
      'staff.remind': ({ allocationId }) =>
        allocationId === ids.loan
          ? refused('conflict', sentence)
          : ok(reminderSent({ allocationId: OTHER_LOAN })),
    });
    const store = createLoanRemindersStore(api);
    await store.getState().remind(OTHER_LOAN);
    await store.getState().remind(ids.loan);
    expect(store.getState().byLoan).toEqual({
      [OTHER_LOAN]: { status: 'sent', sent: reminderSent({ allocationId: OTHER_LOAN }) },
      [ids.loan]: { status: 'refused', error: { code: 'conflict', message: sentence } },
    });
  });
});
