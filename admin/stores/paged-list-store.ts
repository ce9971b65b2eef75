import type { z } from 'zod';
import { createStore } from 'zustand/vanilla';
import type { Page } from '../../domain/api/pagination.js';
import type { ApiClient } from '../api/api-client.js';
import type { ApiError } from '../api/http.js';
import { toApiError } from './session-store.js';

export const LIST_PAGE_SIZE = 25;

export type PagedListState<T> = {
  q: string;
  page: number;
  result: Page<T> | null;
  loading: boolean;
  error: ApiError | null;
  /** A new search starts again at page 1. */
  search(q: string): Promise<void>;
  goToPage(page: number): Promise<void>;
  /** The same page again, after a change made elsewhere on the screen. */
  load(): Promise<void>;
};

/** A list the server pages and searches by name: kits, locations, asset types, disposal types. */
export function createPagedListStore<T>(api: ApiClient, schema: z.ZodType<Page<T>>, path: string) {
  // Only the answer to the latest request is shown, however the answers arrive.
  let latest = 0;
  return createStore<PagedListState<T>>()((set, get) => {
    const fetchPage = async (q: string, page: number) => {
      const ticket = ++latest;
      set({ q, page, loading: true, error: null });
      const params = new URLSearchParams({ page: String(page), pageSize: String(LIST_PAGE_SIZE) });
      if (q.trim()) params.set('q', q.trim());
      try {
        const result = await api.get(schema, `${path}?${params}`);
        if (ticket === latest) set({ result, loading: false });
      } catch (err) {
        if (ticket === latest) set({ loading: false, error: toApiError(err) });
      }
    };
    return {
      q: '',
      page: 1,
      result: null,
      loading: false,
      error: null,
      search: (q) => fetchPage(q, 1),
      goToPage: (page) => fetchPage(get().q, page),
      load: () => fetchPage(get().q, get().page),
    };
  });
}
export type PagedListStore<T> = ReturnType<typeof createPagedListStore<T>>;
