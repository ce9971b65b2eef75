import { z } from 'zod';
import { createStore } from 'zustand/vanilla';
import { AssetsPage, AssetWithLoan, type AssetsPage as AssetsPageT } from '../../domain/api/assets.js';
import { GroupDetail } from '../../domain/api/kits.js';
import { LookupResult } from '../../domain/api/lookup.js';
import { Group, GroupItem } from '../../domain/model/kit.js';
import type { ApiClient } from '../api/api-client.js';
import type { ApiError } from '../api/http.js';
import { toApiError } from './session-store.js';

/** Where on the kit's page a refusal belongs, so it shows beside the field that caused it. */
export type KitField = 'details' | 'scan' | 'search' | 'accessory' | `item:${string}`;

export type KitState = {
  kit: GroupDetail | null;
  loading: boolean;
  /** Why the kit could not be shown at all. */
  error: ApiError | null;
  errors: Partial<Record<KitField, string>>;
  busy: boolean;
  /** What the last change did, announced politely: "Tripod 3 added to the kit." */
  notice: string | null;
  /** Assets found by the search box, to add with one press. */
  found: AssetsPageT | null;
  load(id: string): Promise<void>;
  /** A fresh start for the new-kit form: no sentence left from another kit. */
  reset(): void;
  /** A new kit; its id, or null when refused. */
  create(name: string, description: string): Promise<string | null>;
  saveDetails(name: string, description: string): Promise<void>;
  /** A scanned or typed label, as a USB scanner types it and presses Enter. */
  addByCode(code: string): Promise<boolean>;
  findAssets(q: string): Promise<void>;
  addMember(assetId: string, field?: KitField): Promise<boolean>;
  removeMember(assetId: string): Promise<void>;
  addAccessory(name: string): Promise<boolean>;
  renameAccessory(id: string, name: string): Promise<boolean>;
  removeAccessory(id: string): Promise<void>;
  /** One place up (-1) or down (+1) the checklist. */
  moveAccessory(id: string, by: -1 | 1): Promise<void>;
};

const FOUND_PAGE_SIZE = 8;
const descriptionOrNull = (text: string) => (text.trim() ? text.trim() : null);

export function createKitStore(api: ApiClient) {
  return createStore<KitState>()((set, get) => {
    const kitId = () => get().kit?.id ?? '';
    const refresh = async () => set({ kit: await api.get(GroupDetail, `/groups/${kitId()}`) });
    /** One change to the kit: the page reloaded after it, or the server's sentence beside its field. */
    const change = async (field: KitField, run: () => Promise<string>): Promise<boolean> => {
      set({ busy: true, errors: { ...get().errors, [field]: undefined }, notice: null });
      try {
        const notice = await run();
        await refresh();
        set({ busy: false, notice });
        return true;
      } catch (err) {
        set({ busy: false, errors: { ...get().errors, [field]: toApiError(err).message } });
        return false;
      }
    };
    const itemName = (id: string) => get().kit?.items.find((i) => i.id === id)?.name ?? 'The accessory';

    return {
      kit: null,
      loading: false,
      error: null,
      errors: {},
      busy: false,
      notice: null,
      found: null,

      async load(id) {
        set({ loading: true, error: null, errors: {}, notice: null, found: null });
        if (get().kit?.id !== id) set({ kit: null });
        try {
          set({ kit: await api.get(GroupDetail, `/groups/${id}`), loading: false });
        } catch (err) {
          set({ loading: false, error: toApiError(err) });
        }
      },

      reset: () => set({ errors: {}, notice: null, busy: false }),

      async create(name, description) {
        set({ busy: true, errors: {}, notice: null });
        try {
          const kit = await api.send(Group, 'POST', '/groups', {
            name: name.trim(),
            description: descriptionOrNull(description),
          });
          set({ busy: false });
          return kit.id;
        } catch (err) {
          set({ busy: false, errors: { details: toApiError(err).message } });
          return null;
        }
      },

      async saveDetails(name, description) {
        await change('details', async () => {
          await api.send(Group, 'PATCH', `/groups/${kitId()}`, {
            name: name.trim(),
            description: descriptionOrNull(description),
          });
          return 'The name and description are saved.';
        });
      },

      async addByCode(code) {
        const label = code.trim();
        const refuse = (message: string) => {
          set({ errors: { ...get().errors, scan: message }, notice: null });
          return false;
        };
        let found: LookupResult;
        try {
          found = await api.get(LookupResult, `/lookup?code=${encodeURIComponent(label)}`);
        } catch (err) {
          const e = toApiError(err);
          return refuse(
            e.code === 'not_found'
              ? `No asset has the label “${label}”. Check it, or find the asset by name below.`
              : e.message,
          );
        }
        switch (found.kind) {
          case 'asset':
            return get().addMember(found.asset.id, 'scan');
          case 'person':
            return refuse(`“${label}” is the card of ${found.person.name}, not an asset’s label.`);
          default: {
            const unreachable: never = found;
            return unreachable;
          }
        }
      },

      async findAssets(q) {
        set({ errors: { ...get().errors, search: undefined } });
        if (!q.trim()) {
          set({ found: null });
          return;
        }
        const params = new URLSearchParams({ q: q.trim(), pageSize: String(FOUND_PAGE_SIZE) });
        try {
          set({ found: await api.get(AssetsPage, `/assets?${params}`) });
        } catch (err) {
          set({ errors: { ...get().errors, search: toApiError(err).message } });
        }
      },

      addMember: (assetId, field = 'search') =>
        change(field, async () => {
          const asset = await api.send(AssetWithLoan, 'POST', `/groups/${kitId()}/members`, { assetId });
          return `${asset.name} is in the kit.`;
        }),

      async removeMember(assetId) {
        const name = get().kit?.members.find((m) => m.id === assetId)?.name ?? 'The asset';
        await change(`item:${assetId}`, async () => {
          await api.send(z.null(), 'DELETE', `/groups/${kitId()}/members/${assetId}`);
          return `${name} is out of the kit.`;
        });
      },

      addAccessory: (name) =>
        change('accessory', async () => {
          const item = await api.send(GroupItem, 'POST', `/groups/${kitId()}/items`, { name: name.trim() });
          return `${item.name} is on the checklist.`;
        }),

      renameAccessory: (id, name) =>
        change(`item:${id}`, async () => {
          const item = await api.send(GroupItem, 'PATCH', `/group-items/${id}`, { name: name.trim() });
          return `Renamed to ${item.name}.`;
        }),

      async removeAccessory(id) {
        const name = itemName(id);
        await change(`item:${id}`, async () => {
          await api.send(z.null(), 'DELETE', `/group-items/${id}`);
          return `${name} is off the checklist.`;
        });
      },

      async moveAccessory(id, by) {
        const ids = get().kit?.items.map((i) => i.id) ?? [];
        const from = ids.indexOf(id);
        const to = from + by;
        if (from < 0 || to < 0 || to >= ids.length) return;
        [ids[from], ids[to]] = [ids[to]!, ids[from]!];
        await change(`item:${id}`, async () => {
          await api.send(GroupDetail, 'PUT', `/groups/${kitId()}/items/order`, { itemIds: ids });
          return `${itemName(id)} moved to number ${to + 1} of ${ids.length}.`;
        });
      },
    };
  });
}
export type KitStore = ReturnType<typeof createKitStore>;
