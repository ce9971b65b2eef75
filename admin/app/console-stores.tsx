import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { GroupsPage } from '../../domain/api/kits.js';
import type { Group } from '../../domain/model/kit.js';
import { createApiClient } from '../api/api-client.js';
import { sessionApi } from '../api/session-api.js';
import { assetListQueryOf, createAssetListStore, type AssetListState } from '../stores/asset-list-store.js';
import { createKitStore, type KitState } from '../stores/kit-store.js';
import { createPagedListStore, type PagedListState } from '../stores/paged-list-store.js';
import { createReferenceEditStore } from '../stores/reference-edit-store.js';
import { referenceKinds, type ReferenceKindSpec } from '../stores/reference-kinds.js';
import { createSessionStore, type SessionState } from '../stores/session-store.js';

function createReferenceStores(api: ReturnType<typeof createApiClient>, kind: ReferenceKindSpec) {
  const list = createPagedListStore(api, kind.page, kind.path);
  const edits = createReferenceEditStore(api, kind.path, kind.noun, () => list.getState().load());
  return { kind, list, edits };
}
export type ReferenceStores = ReturnType<typeof createReferenceStores>;

/** Every store of the console, made once when the page opens. */
export function createConsoleStores(address: URLSearchParams) {
  const session = createSessionStore(sessionApi);
  const api = createApiClient(session);
  return {
    session,
    assets: createAssetListStore(api, assetListQueryOf(address)),
    kits: createPagedListStore(api, GroupsPage, '/groups'),
    kit: createKitStore(api),
    reference: referenceKinds.map((kind) => createReferenceStores(api, kind)),
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

export function useKitList<T>(pick: (s: PagedListState<Group>) => T): T {
  return useStore(useStores().kits, pick);
}

export function useKit<T>(pick: (s: KitState) => T): T {
  return useStore(useStores().kit, pick);
}

/** The list and edit stores of one reference table, by its slug in the address. */
export function useReferenceStores(slug: string): ReferenceStores | undefined {
  return useStores().reference.find((r) => r.kind.slug === slug);
}
