import { describe, expect, it } from 'vitest';
import { assetListQueryOf, assetListSearchParams, defaultAssetListQuery } from './asset-list-store.js';

describe('the asset list in the address bar', () => {
  it('leaves the defaults out, so the plain list has a plain address', () => {
    expect(assetListSearchParams(defaultAssetListQuery).toString()).toBe('');
    expect(assetListSearchParams({ ...defaultAssetListQuery, q: '  ' }, 25).toString()).toBe('pageSize=25');
  });

  it('reads back what it wrote', () => {
    const query = { q: 'KD-00001', page: 3, sort: 'serialNumber' as const, order: 'desc' as const };
    expect(assetListQueryOf(assetListSearchParams(query))).toEqual(query);
  });

  it('falls back to the defaults for anything it does not know', () => {
    const odd = new URLSearchParams('page=-2&sort=colour&order=sideways');
    expect(assetListQueryOf(odd)).toEqual(defaultAssetListQuery);
  });
});
