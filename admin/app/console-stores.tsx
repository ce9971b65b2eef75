import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createApiClient } from '../api/api-client.js';
import { sessionApi } from '../api/session-api.js';
import { createAssetChoicesStore, type AssetChoicesState } from '../stores/asset-choices-store.js';
import { assetListQueryOf, createAssetListStore, type AssetListState } from '../stores/asset-list-store.js';
import { createAssetPageStore, type AssetPageState } from '../stores/asset-page-store.js';
import { createSessionStore, type SessionState } from '../stores/session-store.js';

/** Every store of the console, made once when the page opens. */
export function createConsoleStores(address: URLSearchParams) {
  const session = createSessionStore(sessionApi);
  const api = createApiClient(session);
  return {
    session,
    api,
    assets: createAssetListStore(api, assetListQueryOf(address)),
    assetPage: createAssetPageStore(api),
    assetChoices: createAssetChoicesStore(api),
  };
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

export function useAssetPage<T>(pick: (s: AssetPageState) => T): T {
  return useStore(useStores().assetPage, pick);
}

export function useAssetChoices<T>(pick: (s: AssetChoicesState) => T): T {
  return useStore(useStores().assetChoices, pick);
}

/** The API client, for what a screen reads without keeping it in a store (pictures). */
export function useApi() {
  return useStores().api;
}
