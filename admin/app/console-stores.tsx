import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createApiClient } from '../api/api-client.js';
import { sessionApi } from '../api/session-api.js';
import { assetListQueryOf, createAssetListStore, type AssetListState } from '../stores/asset-list-store.js';
import { createSessionStore, type SessionState } from '../stores/session-store.js';

/** Every store of the console, made once when the page opens. */
export function createConsoleStores(address: URLSearchParams) {
  const session = createSessionStore(sessionApi);
  const api = createApiClient(session);
  return { session, assets: createAssetListStore(api, assetListQueryOf(address)) };
}
export type ConsoleStores = ReturnType<typeof createConsoleStores>;

const StoresContext = createContext<ConsoleStores | null>(null);

export function ConsoleStoresProvider(props: { stores: ConsoleStores; children: ReactNode }) {
  return <StoresContext.Provider value={props.stores}>{props.children}</StoresContext.Provider>;
}

function useStores(): ConsoleStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('A console screen is rendered outside ConsoleStoresProvider.');
  return stores;
}

export function useSession<T>(pick: (s: SessionState) => T): T {
  return useStore(useStores().session, pick);
}

export function useAssetList<T>(pick: (s: AssetListState) => T): T {
  return useStore(useStores().assets, pick);
}
