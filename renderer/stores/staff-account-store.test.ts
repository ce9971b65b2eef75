import { describe, expect, it } from 'vitest';
import { fakeKioskApi, ok, refused } from '../testing/fake-kiosk-api.js';
import { createStaffAccountStore } from './staff-account-store.js';

const admin = { name: 'Admin', email: 'admin@school.test', roles: ['staff' as const] };

describe('the staff account store', () => {
  it('signs in with the trimmed email and keeps who signed in', async () => {
    const api = fakeKioskApi({ 'staff.signIn': () => ok(admin) });
    const store = createStaffAccountStore(api);
    expect(await store.getState().signIn(' admin@school.test ', 'pw')).toBe(true);
    expect(api.calls).toEqual([
      { method: 'staff.signIn', params: { email: 'admin@school.test', password: 'pw' } },
    ]);
    expect(store.getState()).toMatchObject({ account: admin, error: null, busy: false });
  });

  it('keeps the sentence of a refused sign-in to show, and stays signed out', async () => {
    const api = fakeKioskApi({
      'staff.signIn': () => refused('unauthenticated', 'That email and password do not match.'),
    });
    const store = createStaffAccountStore(api);
    expect(await store.getState().signIn('admin@school.test', 'wrong')).toBe(false);
    expect(store.getState().account).toBeNull();
    expect(store.getState().error?.message).toBe('That email and password do not match.');
  });

  it('forgets the account on sign-out and learns it again from the kiosk', async () => {
    const api = fakeKioskApi({
      'staff.signOut': () => ok({ ok: true as const }),
      'staff.session': () => ok(admin),
    });
    const store = createStaffAccountStore(api);
    await store.getState().refresh();
    expect(store.getState().account).toEqual(admin);
    await store.getState().signOut();
    expect(store.getState().account).toBeNull();
  });
});
