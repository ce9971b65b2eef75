import { z } from 'zod';
import { createStore } from 'zustand/vanilla';
import type { AssetsPage } from '../../domain/api/assets.js';
import { AssetSort, AssetStatusFilter, SortOrder } from '../../domain/api/assets.js';
import { Id } from '../../domain/ids.js';
import { assetsApi } from '../../domain/api/routes/assets.js';
import { urlOf, type RouteRequest } from '../../domain/api/route.js';
import type { ApiClient } from '../api/api-client.js';
import type { ApiError } from '../api/http.js';
import { toApiError } from './session-store.js';

export const ASSET_PAGE_SIZE = 25;

/** Each filter of the list; an empty string is "any". */
export type AssetFilters = {
  assetTypeId: string;
  locationId: string;
  homeLocationId: string;
  status: AssetStatusFilter | '';
  highValue: 'true' | 'false' | '';
};
export const noFilters: AssetFilters = {
  assetTypeId: '',
  locationId: '',
  homeLocationId: '',
  status: '',
  highValue: '',
};

export type AssetListQuery = { q: string; page: number; sort: AssetSort; order: SortOrder } & AssetFilters;
export const defaultAssetListQuery: AssetListQuery = {
  q: '',
  page: 1,
  sort: 'name',
  order: 'asc',
  ...noFilters,
};

export type AssetListState = {
  query: AssetListQuery;
  result: AssetsPage | null;
  loading: boolean;
  error: ApiError | null;
  /** A new search starts again at page 1. */
  search(q: string): Promise<void>;
  /** A changed filter starts again at page 1, as does clearing them all. */
  filter(filters: Partial<AssetFilters>): Promise<void>;
  goToPage(page: number): Promise<void>;
  /** The same column again turns the order round; a new column starts A to Z. */
  sortBy(column: AssetSort): Promise<void>;
  load(query?: AssetListQuery): Promise<void>;
};

/** A query of the list as `GET /assets` takes it: what is at its default is left out. */
export function assetsQueryOf(
  query: AssetListQuery,
  pageSize?: number,
): RouteRequest<typeof assetsApi.list>['query'] {
  const given = <T extends string>(value: T | '') => (value === '' ? undefined : value);
  return {
    q: given(query.q.trim()),
    page: query.page > 1 ? query.page : undefined,
    sort: query.sort === 'name' ? undefined : query.sort,
    order: query.order === 'asc' ? undefined : query.order,
    assetTypeId: given(query.assetTypeId),
    locationId: given(query.locationId),
    homeLocationId: given(query.homeLocationId),
    status: given(query.status),
    highValue: given(query.highValue),
    pageSize,
  };
}

/** The console's own address for a query of the list: the API's query string, so a link can be shared. */
export function assetListSearchParams(query: AssetListQuery, pageSize?: number): URLSearchParams {
  return new URLSearchParams(urlOf(assetsApi.list, { query: assetsQueryOf(query, pageSize) }).split('?')[1]);
}

/** A query read back from an address, for a reload or a shared link; anything unknown falls back. */
export function assetListQueryOf(params: URLSearchParams): AssetListQuery {
  const page = Number(params.get('page'));
  const id = (name: string) => Id.catch('').parse(params.get(name));
  return {
    q: params.get('q') ?? '',
    assetTypeId: id('assetTypeId'),
    locationId: id('locationId'),
    homeLocationId: id('homeLocationId'),
    status: AssetStatusFilter.or(z.literal('')).catch('').parse(params.get('status')),
    highValue: z.enum(['true', 'false', '']).catch('').parse(params.get('highValue')),
    page: Number.isInteger(page) && page > 1 ? page : 1,
    sort: AssetSort.catch('name').parse(params.get('sort')),
    order: SortOrder.catch('asc').parse(params.get('order')),
  };
}

export function createAssetListStore(api: ApiClient, initial: AssetListQuery = defaultAssetListQuery) {
  // Only the answer to the latest request is shown, however the answers arrive.
  let latest = 0;
  return createStore<AssetListState>()((set, get) => ({
    query: initial,
    result: null,
    loading: false,
    error: null,

    search: (q) => get().load({ ...get().query, q, page: 1 }),
    filter: (filters) => get().load({ ...get().query, ...filters, page: 1 }),
    goToPage: (page) => get().load({ ...get().query, page }),
    sortBy(column) {
      const { query } = get();
      const order = query.sort === column && query.order === 'asc' ? 'desc' : 'asc';
      return get().load({ ...query, sort: column, order, page: 1 });
    },

    async load(query = get().query) {
      const ticket = ++latest;
      set({ query, loading: true, error: null });
      try {
        const result = await api.call(assetsApi.list, { query: assetsQueryOf(query, ASSET_PAGE_SIZE) });
        if (ticket === latest) set({ result, loading: false });
      } catch (err) {
        if (ticket === latest) set({ loading: false, error: toApiError(err) });
      }
    },
  }));
}
export type AssetListStore = ReturnType<typeof createAssetListStore>;
