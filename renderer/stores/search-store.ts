import { createStore } from 'zustand/vanilla';
import type { KioskApi, SearchResult } from '../../domain/kiosk-api/contract.js';
import { idleCall, type CallState } from './call-state.js';

export type SearchState = CallState & {
  query: string;
  result: SearchResult | null;
  search(query: string): Promise<void>;
  clear(): void;
};

/** Staff look-ups of people and assets on the kiosk's copy of the catalogue. */
export function createSearchStore(api: KioskApi) {
  return createStore<SearchState>()((set, get) => ({
    ...idleCall,
    query: '',
    result: null,
    search: async (query) => {
      const trimmed = query.trim();
      set({ query, busy: trimmed.length > 0, error: null });
      if (trimmed.length === 0) return set({ result: null });
      const answer = await api.call('catalogue.search', { query: trimmed, limit: 25 });
      // Typing fires searches faster than they answer: keep only the answer to what is in the box now.
      if (get().query !== query) return;
      set({
        busy: false,
        ...(answer.ok ? { result: answer.result } : { error: answer.error, result: null }),
      });
    },
    clear: () => set({ query: '', result: null, error: null, busy: false }),
  }));
}
