import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { GroupsPage } from '../../domain/api/kits.js';
import type { Group } from '../../domain/model/kit.js';
import { createApiClient, type ApiClient } from '../api/api-client.js';
import { sessionApi } from '../api/session-api.js';
import { createAssetChoicesStore, type AssetChoicesState } from '../stores/asset-choices-store.js';
import { assetListQueryOf, createAssetListStore, type AssetListState } from '../stores/asset-list-store.js';
import { createImportStore, type ImportState } from '../stores/import-store.js';
import { createKitStore, type KitState } from '../stores/kit-store.js';
import { createNamedListStore, type NamedListState } from '../stores/paged-list-store.js';
import { createPeopleListStore, type PeopleListState } from '../stores/people-list-store.js';
import { createPersonStore, type PersonState } from '../stores/person-store.js';
import { createReferenceEditStore } from '../stores/reference-edit-store.js';
import { referenceKinds, type ReferenceKindSpec } from '../stores/reference-kinds.js';
import { createAssetPageStore, type AssetPageState } from '../stores/asset-page-store.js';
import { createSessionStore, type SessionState } from '../stores/session-store.js';

function createReferenceStores(api: ApiClient, kind: ReferenceKindSpec) {
  const list = createNamedListStore(api, kind.page, kind.path);
  const edits = createReferenceEditStore(api, kind.path, kind.noun, () => list.getState().load());
  return { kind, list, edits };
}
export type ReferenceStores = ReturnType<typeof createReferenceStores>;

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
    kits: createNamedListStore(api, GroupsPage, '/groups'),
    kit: createKitStore(api),
    reference: referenceKinds.map((kind) => createReferenceStores(api, kind)),
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

export function useKitList<T>(pick: (s: NamedListState<Group>) => T): T {
  return useStore(useStores().kits, pick);
}

export function useKit<T>(pick: (s: KitState) => T): T {
  return useStore(useStores().kit, pick);
}

/** The list and edit stores of one reference table, by its slug in the address. */
export function useReferenceStores(slug: string): ReferenceStores | undefined {
  return useStores().reference.find((r) => r.kind.slug === slug);
}

export function useAssetPage<T>(pick: (s: AssetPageState) => T): T {
  return useStore(useStores().assetPage, pick);
}

export function useAssetChoices<T>(pick: (s: AssetChoicesState) => T): T {
  return useStore(useStores().assetChoices, pick);
}
