import { createStore } from 'zustand/vanilla';
import type { ConnectionState } from '../api/connection-state.js';

export type ConnectionStoreState = { state: ConnectionState; set(state: ConnectionState): void };

export function createConnectionStore(initial: ConnectionState) {
  return createStore<ConnectionStoreState>()((set) => ({ state: initial, set: (state) => set({ state }) }));
}
