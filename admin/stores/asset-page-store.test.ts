import { describe, expect, it } from 'vitest';
import type { AssetDetail } from '../../domain/api/assets.js';
import type { ApiRoute } from '../../domain/api/route.js';
import { assetsApi } from '../../domain/api/routes/assets.js';
import { anAssetRow } from '../../domain/testing/catalogue-builders.js';
import type { ApiClient } from '../api/api-client.js';
import { ApiError } from '../api/http.js';
import { createAssetPageStore } from './asset-page-store.js';

const ID = '2b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';

const tripod = (over: Partial<AssetDetail> = {}): AssetDetail => ({
  ...anAssetRow({ id: ID, name: 'Manfrotto 055', barcode: 'KD-00023' }),
  allocationId: null,
  loan: null,
  updatedAt: '2026-12-06T00:00:00.000Z',
  ...over,
});

/** The API as the store sees it: the asset on the server now, and every PATCH body sent. */
function fakeApi(server: { asset: AssetDetail; refuse?: ApiError }) {
  const patches: unknown[] = [];
  const api = {
    call: async (route: ApiRoute, request?: { body?: unknown }) => {
      if (route !== assetsApi.update) return server.asset;
      patches.push(request?.body);
      if (server.refuse) throw server.refuse;
      return server.asset;
    },
  } as unknown as ApiClient;
  return { api, patches };
}

describe('the asset page’s form', () => {
  it('keeps unsaved changes when the same asset opens again (signing in after a session ends)', async () => {
    const { api } = fakeApi({ asset: tripod() });
    const store = createAssetPageStore(api);
    await store.getState().open(ID);
    store.getState().edit('colour', 'Black');
    await store.getState().open(ID);
    expect(store.getState().draft.colour).toBe('Black');
  });

  it('keeps what was typed into a new asset across the same, and starts afresh for a copy', async () => {
    const { api } = fakeApi({ asset: tripod() });
    const store = createAssetPageStore(api);
    await store.getState().startNew(null);
    store.getState().edit('name', 'Rode NTG4+');
    await store.getState().startNew(null);
    expect(store.getState().draft.name).toBe('Rode NTG4+');
    await store.getState().startNew(ID);
    expect(store.getState().draft).toMatchObject({ name: 'Manfrotto 055', barcode: '' });
  });

  it('sends the version it read, and on a conflict keeps the form and then only its own changes', async () => {
    const server = {
      asset: tripod(),
      refuse: new ApiError('edit_conflict', 'Manfrotto 055 was changed by Priya Patel at …', 409),
    };
    const { api, patches } = fakeApi(server);
    const store = createAssetPageStore(api);
    await store.getState().open(ID);
    store.getState().edit('purchaseSupplier', 'CVP');
    expect(await store.getState().save()).toBeNull();
    expect(patches[0]).toMatchObject({
      purchaseSupplier: 'CVP',
      expectedUpdatedAt: '2026-12-06T00:00:00.000Z',
    });
    expect(store.getState().conflict).toContain('Priya Patel');
    expect(store.getState().draft.purchaseSupplier).toBe('CVP');

    server.asset = tripod({ colour: 'Black', updatedAt: '2026-12-06T00:05:00.000Z' });
    await store.getState().reload();
    expect(store.getState().draft).toMatchObject({ colour: 'Black', purchaseSupplier: '' });
    expect(store.getState().unsaved).toEqual({ purchaseSupplier: 'CVP' });
    store.getState().restoreUnsaved();
    expect(store.getState().draft).toMatchObject({ colour: 'Black', purchaseSupplier: 'CVP' });
  });

  it('puts a refused field’s sentence beside that field', async () => {
    const clash = new ApiError('conflict', 'KD-00001 already belongs to another asset.', 409, {
      issues: [{ path: 'barcode', message: 'KD-00001 already belongs to another asset.' }],
    });
    const { api } = fakeApi({ asset: tripod(), refuse: clash });
    const store = createAssetPageStore(api);
    await store.getState().open(ID);
    await store.getState().save();
    expect(store.getState().fieldErrors).toEqual({ barcode: 'KD-00001 already belongs to another asset.' });
    expect(store.getState().error).toBeNull();
  });
});
