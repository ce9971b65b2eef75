import { describe, expect, it } from 'vitest';
import { fakeKioskApi, ok, refused } from '../testing/fake-kiosk-api.js';
import { createStaffAccountStore } from './staff-account-store.js';

const admin = { name: 'Admin', email: 'admin@school.test', roles: ['staff' as const] };

describe('the staff account store', () => {
  it('learns who is signed in from the kiosk, and follows what the core pushes', async () => {
    const api = fakeKioskApi({ 'staff.session': () => ok(admin) });
    const store = createStaffAccountStore(api);
    await store.getState().refresh();
    expect(store.getState().account).toEqual(admin);
    store.getState().receive(null);
    expect(store.getState().account).toBeNull();
  });

  it('keeps what it knew when the kiosk cannot say', async () => {
    const api = fakeKioskApi({ 'staff.session': () => refused('unavailable', 'The kiosk is restarting.') });
    const store = createStaffAccountStore(api);
    store.getState().receive(admin);
    await store.getState().refresh();
    expect(store.getState().account).toEqual(admin);
  });
});
