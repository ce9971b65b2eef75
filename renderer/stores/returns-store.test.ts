import { describe, expect, it } from 'vitest';
import { fakeKioskApi, ok, refused } from '../testing/fake-kiosk-api.js';
import { idleReturns } from '../testing/views.js';
import { createReturnsStore } from './returns-store.js';

const assetId = '6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b';

describe('the returns store', () => {
  it('loads the desk and follows its pushed views', async () => {
    const api = fakeKioskApi({ 'returns.get': () => ok(idleReturns()) });
    const store = createReturnsStore(api);
    await store.getState().refresh();
    expect(store.getState().view?.phase).toBe('idle');
    store.getState().receive(idleReturns({ phase: 'scanning' }));
    expect(store.getState().view?.phase).toBe('scanning');
  });

  it('sends condition notes and partial finishes as the core expects them', async () => {
    const api = fakeKioskApi({
      'returns.setCondition': () => ok(idleReturns()),
      'returns.finish': () => ok(idleReturns({ phase: 'done' })),
    });
    const store = createReturnsStore(api);
    expect(await store.getState().setCondition(assetId, 'Scratched lens cap')).toBe(true);
    await store.getState().finish(true);
    expect(api.calls).toEqual([
      { method: 'returns.setCondition', params: { assetId, note: 'Scratched lens cap' } },
      { method: 'returns.finish', params: { partial: true } },
    ]);
  });

  it('ticks an accessory still out onto the return, and unticks it off again', async () => {
    const groupItemId = '0a9b8c7d-6e5f-4a3b-8c1d-2e3f4a5b6c7d';
    const api = fakeKioskApi({
      'returns.addAccessory': () => ok(idleReturns({ phase: 'scanning' })),
      'returns.tickItem': () => ok(idleReturns()),
    });
    const store = createReturnsStore(api);
    await store.getState().addAccessory(groupItemId);
    await store.getState().tickItem(groupItemId, false);
    expect(api.calls).toEqual([
      { method: 'returns.addAccessory', params: { groupItemId } },
      { method: 'returns.tickItem', params: { groupItemId, confirmed: false } },
    ]);
  });

  it('keeps the reason a finish was refused', async () => {
    const api = fakeKioskApi({
      'returns.finish': () => refused('conflict', 'Scan an item to return first.'),
    });
    const store = createReturnsStore(api);
    await store.getState().finish(false);
    expect(store.getState().error?.message).toBe('Scan an item to return first.');
  });
});
