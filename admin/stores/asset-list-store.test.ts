import { describe, expect, it } from 'vitest';
import { assetListQueryOf, assetListSearchParams, defaultAssetListQuery } from './asset-list-store.js';

describe('the asset list in the address bar', () => {
  it('leaves the defaults out, so the plain list has a plain address', () => {
    expect(assetListSearchParams(defaultAssetListQuery).toString()).toBe('');
    expect(assetListSearchParams({ ...defaultAssetListQuery, q: '  ' }, 25).toString()).toBe('pageSize=25');
  });

  it('reads back what it wrote', () => {
    const query = {
      ...defaultAssetListQuery,
      q: 'KD-00001',
      page: 3,
      sort: 'serialNumber' as const,
      order: 'desc' as const,
      status: 'overdue' as const,
      highValue: 'true' as const,
      homeLocationId: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
    };
    expect(assetListQueryOf(assetListSearchParams(query))).toEqual(query);
  });

  it('falls back to the defaults for anything it does not know', () => {
    const odd = new URLSearchParams(
      'page=-2&sort=colour&order=sideways&status=lost&locationId=shed&highValue=yes',
    );
    expect(assetListQueryOf(odd)).toEqual(defaultAssetListQuery);
  });
});
