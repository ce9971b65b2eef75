import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createApiClient, type ApiClient } from '../api/api-client.js';
import { sessionApi } from '../api/session-api.js';
import { assetListQueryOf, createAssetListStore, type AssetListState } from '../stores/asset-list-store.js';
import { createImportStore, type ImportState } from '../stores/import-store.js';
import { createPeopleListStore, type PeopleListState } from '../stores/people-list-store.js';
import { createPersonStore, type PersonState } from '../stores/person-store.js';
import { createSessionStore, type SessionState } from '../stores/session-store.js';

/**
 * Every store of the console, made once when the page opens. A list reads its search from the address
 * only when the page opened on that list.
 */
export function createConsoleStores(address: URLSearchParams, pathname = '') {
  const session = createSessionStore(sessionApi);
  const api = createApiClient(session);
  const on = (path: string) => (pathname === `/admin${path}` ? address : new URLSearchParams());
  return {
    session,
    api,
    assets: createAssetListStore(api, assetListQueryOf(address)),
    people: createPeopleListStore(api, on('/people')),
    person: createPersonStore(api),
    imports: createImportStore(api),
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

/** Whether the signed-in person is an admin: staff see access controls but cannot change them. */
export function useIsAdmin(): boolean {
  return useSession((s) => s.session?.roles.includes('admin') ?? false);
}

export function useApi(): ApiClient {
  return useStores().api;
}

export function useAssetList<T>(pick: (s: AssetListState) => T): T {
  return useStore(useStores().assets, pick);
}

export function usePeopleList<T>(pick: (s: PeopleListState) => T): T {
  return useStore(useStores().people, pick);
}

export function usePerson<T>(pick: (s: PersonState) => T): T {
  return useStore(useStores().person, pick);
}

export function useImport<T>(pick: (s: ImportState) => T): T {
  return useStore(useStores().imports, pick);
}
