import { z } from 'zod';
import { createStore } from 'zustand/vanilla';
import { SortOrder } from '../../domain/api/assets.js';
import type { Page } from '../../domain/api/pagination.js';
import type { ApiClient } from '../api/api-client.js';
import type { ApiError } from '../api/http.js';
import { toApiError } from './session-store.js';

/** What a list screen shows: a search, a page, and the column it is sorted by. */
export type ListQuery<S extends string> = { q: string; page: number; sort: S; order: SortOrder };

/** How one list of the API is asked for and read back from the console's own address bar. */
export type ListShape<S extends string> = {
  /** The sortable columns; the first is the default, and sorted A to Z. */
  sorts: z.ZodEnum<{ [K in S]: K }>;
  defaultSort: S;
  pageSize: number;
};

export function defaultQueryOf<S extends string>(shape: ListShape<S>): ListQuery<S> {
  return { q: '', page: 1, sort: shape.defaultSort, order: 'asc' };
}

/** The query string of a list for a query (and of the console's address bar, without the page size). */
export function listSearchParams<S extends string>(
  shape: ListShape<S>,
  query: ListQuery<S>,
  withPageSize = false,
): URLSearchParams {
  const entries: [string, string | false][] = [
    ['q', query.q.trim()],
    ['page', query.page > 1 && String(query.page)],
    ['sort', query.sort !== shape.defaultSort && query.sort],
    ['order', query.order !== 'asc' && query.order],
    ['pageSize', withPageSize && String(shape.pageSize)],
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string] => Boolean(e[1])));
}

/** A query read back from an address, for a reload or a shared link; anything unknown falls back. */
export function listQueryOf<S extends string>(shape: ListShape<S>, params: URLSearchParams): ListQuery<S> {
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
    sort: shape.sorts.catch(shape.defaultSort).parse(params.get('sort')) as S,
    order: SortOrder.catch('asc').parse(params.get('order')),
  };
}

export type PagedListState<S extends string, T> = {
  query: ListQuery<S>;
  result: Page<T> | null;
  loading: boolean;
  error: ApiError | null;
  /** A new search starts again at page 1. */
  search(q: string): Promise<void>;
  goToPage(page: number): Promise<void>;
  /** The same column again turns the order round; a new column starts A to Z. */
  sortBy(column: S): Promise<void>;
  load(query?: ListQuery<S>): Promise<void>;
};

/** A list paged, sorted and searched by the server; `fetchPage` asks for one page. */
export function createPagedListStore<S extends string, T>(
  shape: ListShape<S>,
  fetchPage: (params: URLSearchParams) => Promise<Page<T>>,
  initial: ListQuery<S> = defaultQueryOf(shape),
) {
  // Only the answer to the latest request is shown, however the answers arrive.
  let ticket = 0;
  return createStore<PagedListState<S, T>>()((set, get) => {
    const reload = (change: Partial<ListQuery<S>>) => get().load({ ...get().query, ...change });
    return {
      query: initial,
      result: null,
      loading: false,
      error: null,
      search: (q) => reload({ q, page: 1 }),
      goToPage: (page) => reload({ page }),
      sortBy: (column) => {
        const { sort, order } = get().query;
        return reload({ sort: column, order: sort === column && order === 'asc' ? 'desc' : 'asc', page: 1 });
      },
      async load(query = get().query) {
        const mine = ++ticket;
        set({ query, loading: true, error: null });
        try {
          const result = await fetchPage(listSearchParams(shape, query, true));
          if (mine === ticket) set({ result, loading: false });
        } catch (err) {
          if (mine === ticket) set({ loading: false, error: toApiError(err) });
        }
      },
    };
  });
}

/** Kits, locations and the types: one order (by name), searched and paged by the server. */
const byName: ListShape<'name'> = { sorts: z.enum(['name']), defaultSort: 'name', pageSize: 25 };

export function createNamedListStore<T>(api: ApiClient, schema: z.ZodType<Page<T>>, path: string) {
  return createPagedListStore(byName, (params) => api.get(schema, `${path}?${params}`));
}
export type NamedListState<T> = PagedListState<'name', T>;
