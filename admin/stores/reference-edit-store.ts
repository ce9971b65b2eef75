import { z } from 'zod';
import { createStore } from 'zustand/vanilla';
import type { ApiClient } from '../api/api-client.js';
import { toApiError } from './session-store.js';

/** Where a refusal shows: under the "add" form, or on the row it concerns. */
export type ReferenceField = 'create' | `row:${string}`;

export type ReferenceEditState = {
  busy: boolean;
  errors: Partial<Record<ReferenceField, string>>;
  notice: string | null;
  create(body: Record<string, unknown>): Promise<boolean>;
  update(id: string, body: Record<string, unknown>): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  /** Forget a row's refusal, when its editor closes. */
  clear(field: ReferenceField): void;
};

const Named = z.object({ id: z.string(), name: z.string() });

/**
 * Adding, changing and deleting rows of one reference table. After each change `changed` reloads the list;
 * a refusal (a name missing, a location still in use) keeps the server's sentence beside its row or form.
 */
export function createReferenceEditStore(
  api: ApiClient,
  path: string,
  noun: string,
  changed: () => Promise<void>,
) {
  return createStore<ReferenceEditState>()((set, get) => {
    const attempt = async (field: ReferenceField, run: () => Promise<string>): Promise<boolean> => {
      set({ busy: true, notice: null, errors: { ...get().errors, [field]: undefined } });
      try {
        const notice = await run();
        await changed();
        set({ busy: false, notice });
        return true;
      } catch (err) {
        set({ busy: false, errors: { ...get().errors, [field]: toApiError(err).message } });
        return false;
      }
    };
    return {
      busy: false,
      errors: {},
      notice: null,
      create: (body) =>
        attempt('create', async () => {
          const made = await api.send(Named, 'POST', path, body);
          return `The ${noun} “${made.name}” is added.`;
        }),
      update: (id, body) =>
        attempt(`row:${id}`, async () => {
          const saved = await api.send(Named, 'PATCH', `${path}/${id}`, body);
          return `The ${noun} “${saved.name}” is saved.`;
        }),
      remove: (id) =>
        attempt(`row:${id}`, async () => {
          await api.send(z.null(), 'DELETE', `${path}/${id}`);
          return `The ${noun} is deleted.`;
        }),
      clear: (field) => set({ errors: { ...get().errors, [field]: undefined } }),
    };
  });
}
export type ReferenceEditStore = ReturnType<typeof createReferenceEditStore>;
