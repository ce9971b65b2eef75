import { describe, expect, it } from 'vitest';
import { fakeKioskApi, ok, refused } from '../testing/fake-kiosk-api.js';
import { asset, ids, kit, person } from '../testing/staff-records.js';
import { createRecordEditorStore } from './record-editor-store.js';

describe('the record editor store', () => {
  it('loads the record of the kind opened from the central API', async () => {
    const api = fakeKioskApi({ 'staff.asset': () => ok(asset()), 'staff.kit': () => ok(kit()) });
    const store = createRecordEditorStore(api);
    await store.getState().open({ kind: 'asset', id: ids.asset });
    expect(store.getState().loaded).toEqual({ kind: 'asset', record: asset() });
    await store.getState().open({ kind: 'kit', id: ids.kit });
    expect(store.getState().loaded).toEqual({ kind: 'kit', record: kit() });
    expect(api.calls.map((c) => c.method)).toEqual(['staff.asset', 'staff.kit']);
  });

  it('saves a person with the PATCH and shows what the API answered', async () => {
    const api = fakeKioskApi({
      'staff.person': () => ok(person()),
      'staff.updatePerson': ({ patch }) => ok(person({ name: patch.name ?? 'unchanged' })),
    });
    const store = createRecordEditorStore(api);
    await store.getState().open({ kind: 'person', id: ids.person });
    expect(await store.getState().savePerson({ name: 'Amira K. Khan' })).toBe(true);
    expect(api.calls.at(-1)).toEqual({
      method: 'staff.updatePerson',
      params: { id: ids.person, patch: { name: 'Amira K. Khan' } },
    });
    expect(store.getState()).toMatchObject({ saved: true, error: null });
    expect(store.getState().loaded?.record.name).toBe('Amira K. Khan');
  });

  it('keeps the server’s sentence when a save is refused, and the record as it was', async () => {
    const api = fakeKioskApi({
      'staff.asset': () => ok(asset()),
      'staff.updateAsset': () => refused('conflict', 'Another asset already has the barcode KD-00002.'),
    });
    const store = createRecordEditorStore(api);
    await store.getState().open({ kind: 'asset', id: ids.asset });
    expect(await store.getState().saveAsset({ barcode: 'KD-00002' })).toBe(false);
    expect(store.getState().error?.message).toBe('Another asset already has the barcode KD-00002.');
    expect(store.getState()).toMatchObject({ saved: false, loaded: { record: asset() } });
  });

  it('keeps a kit’s members and accessories when its update answers the kit alone', async () => {
    const api = fakeKioskApi({
      'staff.kit': () => ok(kit()),
      'staff.updateKit': ({ patch }) => ok({ id: ids.kit, name: patch.name ?? '', description: null }),
    });
    const store = createRecordEditorStore(api);
    await store.getState().open({ kind: 'kit', id: ids.kit });
    await store.getState().saveKit({ name: 'Sound kit' });
    expect(store.getState().loaded).toEqual({ kind: 'kit', record: kit({ name: 'Sound kit' }) });
  });

  it('will not save a record of another kind than the one open', async () => {
    const api = fakeKioskApi({ 'staff.kit': () => ok(kit()) });
    const store = createRecordEditorStore(api);
    await store.getState().open({ kind: 'kit', id: ids.kit });
    expect(await store.getState().savePerson({ name: 'x' })).toBe(false);
    expect(api.calls.map((c) => c.method)).toEqual(['staff.kit']);
  });
});
