import { describe, expect, it } from 'vitest';
import { fakeKioskApi, ok, refused } from '../testing/fake-kiosk-api.js';
import { loansOverTime, overdueReport, utilisation } from '../testing/staff-records.js';
import { createReportsStore } from './reports-store.js';

describe('the reports store', () => {
  it('loads the three reports, loans by week first', async () => {
    const api = fakeKioskApi({
      'staff.overdue': () => ok(overdueReport()),
      'staff.utilisationByType': () => ok(utilisation()),
      'staff.loansOverTime': () => ok(loansOverTime()),
    });
    const store = createReportsStore(api);
    await store.getState().load();
    expect(store.getState()).toMatchObject({
      overdue: overdueReport(),
      utilisation: utilisation(),
      loansOverTime: loansOverTime(),
      busy: false,
      error: null,
    });
    expect(api.calls.find((c) => c.method === 'staff.loansOverTime')?.params).toEqual({ interval: 'week' });
  });

  it('asks for loans by day when switched, and shows the day report', async () => {
    const byDay = loansOverTime({ interval: 'day', buckets: ['2026-11-23'], loans: [1], series: [] });
    const api = fakeKioskApi({
      'staff.loansOverTime': ({ interval }) => ok(interval === 'day' ? byDay : loansOverTime()),
    });
    const store = createReportsStore(api);
    await store.getState().setInterval('day');
    expect(store.getState()).toMatchObject({ interval: 'day', loansOverTime: byDay });
  });

  it('keeps the sentence of a report the API refused', async () => {
    const api = fakeKioskApi({
      'staff.overdue': () => refused('unauthenticated', 'Sign in as a member of staff first.'),
      'staff.utilisationByType': () => ok(utilisation()),
      'staff.loansOverTime': () => ok(loansOverTime()),
    });
    const store = createReportsStore(api);
    await store.getState().load();
    expect(store.getState().error?.message).toBe('Sign in as a member of staff first.');
    expect(store.getState().overdue).toBeNull();
  });
});
