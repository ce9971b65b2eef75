import { describe, expect, it } from 'vitest';
import { fakeKioskApi, ok, refused } from '../testing/fake-kiosk-api.js';
import { location } from '../testing/staff-records.js';
import { createLocationsStore } from './locations-store.js';

describe('the locations store', () => {
  it('loads the locations from the central API, afresh each time', async () => {
    let rooms = [location()];
    const api = fakeKioskApi({ 'staff.locations': () => ok(rooms) });
    const store = createLocationsStore(api);
    await store.getState().load();
    expect(store.getState()).toMatchObject({ locations: [location()], busy: false, error: null });
    rooms = [location(), location({ id: '2f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c', name: 'Media lab' })];
    await store.getState().load();
    expect(store.getState().locations?.map((l) => l.name)).toEqual(['Drama studio', 'Media lab']);
  });

  it('keeps the sentence of a refusal', async () => {
    const api = fakeKioskApi({
      'staff.locations': () => refused('unauthenticated', 'Sign in as a member of staff first.'),
    });
    const store = createLocationsStore(api);
    await store.getState().load();
    expect(store.getState()).toMatchObject({
      locations: null,
      busy: false,
      error: { code: 'unauthenticated', message: 'Sign in as a member of staff first.' },
    });
  });
});
