import { createStore } from 'zustand/vanilla';
import { PeoplePage } from '../../domain/api/people.js';
import { AssetTypesPage, DisposalTypesPage, LocationsPage } from '../../domain/api/reference.js';
import { Person } from '../../domain/model/person.js';
import type { AssetType, DisposalType, Location } from '../../domain/model/reference.js';
import type { ApiClient } from '../api/api-client.js';
import type { ApiError } from '../api/http.js';
import { toApiError } from './session-store.js';

/** A school keeps tens of these, well under one page of the API. */
const ALL = '?pageSize=200';
const OWNER_MATCHES = 8;

export type AssetChoicesState = {
  locations: Location[];
  assetTypes: AssetType[];
  disposalTypes: DisposalType[];
  loaded: boolean;
  error: ApiError | null;
  /** Names of people already shown, by id (an asset's owner). */
  people: Record<string, string>;
  /** Read the lists once; `force` again after someone may have added to them. */
  load(force?: boolean): Promise<void>;
  /** The name of the person with this id, read once. */
  personName(id: string): Promise<void>;
  /** People whose name, email or card matches, for choosing an owner. */
  findPeople(q: string): Promise<Person[]>;
};

/** What the asset forms and filters choose from: places, types, disposal types and people. */
export function createAssetChoicesStore(api: ApiClient) {
  return createStore<AssetChoicesState>()((set, get) => ({
    locations: [],
    assetTypes: [],
    disposalTypes: [],
    loaded: false,
    error: null,
    people: {},

    async load(force = false) {
      if (get().loaded && !force) return;
      try {
        const [locations, assetTypes, disposalTypes] = await Promise.all([
          api.get(LocationsPage, `/locations${ALL}`),
          api.get(AssetTypesPage, `/asset-types${ALL}`),
          api.get(DisposalTypesPage, `/disposal-types${ALL}`),
        ]);
        const byName = <T extends { name: string }>(list: T[]) =>
          [...list].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
        set({
          locations: byName(locations.items),
          assetTypes: byName(assetTypes.items),
          disposalTypes: byName(disposalTypes.items),
          loaded: true,
          error: null,
        });
      } catch (err) {
        set({ error: toApiError(err) });
      }
    },

    async personName(id) {
      if (get().people[id]) return;
      try {
        const person = await api.get(Person, `/people/${id}`);
        set((s) => ({ people: { ...s.people, [id]: person.name } }));
      } catch {
        // An owner who cannot be read (erased, or not ours to see) is shown by the form as unknown.
      }
    },

    async findPeople(q) {
      const params = new URLSearchParams({ q, pageSize: String(OWNER_MATCHES) });
      const page = await api.get(PeoplePage, `/people?${params}`);
      set((s) => ({ people: { ...s.people, ...Object.fromEntries(page.items.map((p) => [p.id, p.name])) } }));
      return page.items;
    },
  }));
}
export type AssetChoicesStore = ReturnType<typeof createAssetChoicesStore>;
