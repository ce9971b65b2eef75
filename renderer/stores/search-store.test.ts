import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../domain/kiosk-api/contract.js';
import { fakeKioskApi, ok } from '../testing/fake-kiosk-api.js';
import { createSearchStore } from './search-store.js';

const none: SearchResult = { people: [], assets: [] };

describe('the search store', () => {
  it('searches the trimmed query and clears on an empty one without asking the kiosk', async () => {
    const api = fakeKioskApi({ 'catalogue.search': () => ok(none) });
    const store = createSearchStore(api);
    await store.getState().search('  canon ');
    expect(api.calls).toEqual([{ method: 'catalogue.search', params: { query: 'canon', limit: 25 } }]);
    expect(store.getState().result).toEqual(none);
    await store.getState().search('   ');
    expect(api.calls).toHaveLength(1);
    expect(store.getState().result).toBeNull();
  });

  it('drops an answer to a query the box no longer holds', async () => {
    let release: () => void = () => undefined;
    const api = fakeKioskApi();
    const slow = fakeKioskApi({ 'catalogue.search': () => ok(none) });
    api.call = async (method, params) => {
      await new Promise<void>((r) => (release = r));
      return slow.call(method, params);
    };
    const store = createSearchStore(api);
    const stale = store.getState().search('can');
    store.setState({ query: 'canon' });
    release();
    await stale;
    expect(store.getState().result).toBeNull();
  });
});
