import { createStore } from 'zustand/vanilla';
import { AssetDetail, type DisposeAssetRequest } from '../../domain/api/assets.js';
import { ApiError as ApiErrorSchema, fieldIssuesOf, type FieldIssue } from '../../domain/api-error.js';
import { assetsApi } from '../../domain/api/routes/assets.js';
import type { ApiClient } from '../api/api-client.js';
import type { ApiError } from '../api/http.js';
import {
  differences,
  draftFieldOf,
  draftOf,
  duplicateOf,
  emptyDraft,
  requestOf,
  type AssetDraft,
  type DraftField,
} from './asset-draft.js';
import { toApiError } from './session-store.js';

export type FieldErrors = Partial<Record<DraftField, string>>;

export type AssetPageState = {
  /** The asset as the server last answered it; null while adding a new one. */
  asset: AssetDetail | null;
  loading: boolean;
  /** The form: kept as typed through refusals, conflicts and a session that has to be renewed. */
  draft: AssetDraft;
  fieldErrors: FieldErrors;
  /** A refusal that belongs to no one field (or the API not answering). */
  error: ApiError | null;
  /** Someone saved this asset after it was opened here: the sentence naming them. */
  conflict: string | null;
  /** After reloading their version: what this form had changed, to put back with one press. */
  unsaved: Partial<AssetDraft> | null;
  saving: boolean;
  notice: string | null;
  pictureBusy: boolean;
  pictureError: string | null;
  /** Changes whenever the history has something new to show. */
  historyVersion: number;

  open(id: string): Promise<void>;
  /** A blank form, or a copy of an asset without what identifies that one item. */
  startNew(copyOf?: string | null): Promise<void>;
  edit<F extends DraftField>(field: F, value: AssetDraft[F]): void;
  /** The id of the asset saved, or null when the save was refused. */
  save(): Promise<string | null>;
  reload(): Promise<void>;
  restoreUnsaved(): void;
  uploadPicture(file: File): Promise<void>;
  removePicture(): Promise<void>;
  /** Null once disposed of; else the refusal, for the disposal form to show beside its fields. */
  dispose(disposal: DisposeAssetRequest): Promise<ApiError | null>;
};

/** Each issue beside its field; any the form has no field for, as one sentence. */
function placeIssues(issues: FieldIssue[]): { fieldErrors: FieldErrors; rest: string[] } {
  const fieldErrors: FieldErrors = {};
  const rest: string[] = [];
  for (const issue of issues) {
    const field = draftFieldOf(issue.path);
    if (field) fieldErrors[field] ??= issue.message;
    else rest.push(issue.message);
  }
  return { fieldErrors, rest };
}

export function issuesOf(err: ApiError): FieldIssue[] {
  const parsed = ApiErrorSchema.safeParse({ code: err.code, message: err.message, details: err.details });
  return parsed.success ? fieldIssuesOf(parsed.data) : [];
}

/** Whether the form holds changes not saved to the asset it shows. */
function isDirty({ asset, draft }: Pick<AssetPageState, 'asset' | 'draft'>): boolean {
  return asset !== null && Object.keys(differences(draft, draftOf(asset))).length > 0;
}

export function createAssetPageStore(api: ApiClient) {
  // An answer for an asset no longer on screen is dropped.
  let showing = 0;
  // What the new-asset form started from (blank, or a copy of one), to tell typing from a fresh form.
  let newFrom: { copyOf: string | null; draft: AssetDraft } | null = null;
  const fetchAsset = (id: string) => api.call(assetsApi.get, { params: { id } });

  return createStore<AssetPageState>()((set, get) => {
    const cleared = {
      fieldErrors: {},
      error: null,
      conflict: null,
      unsaved: null,
      notice: null,
      pictureError: null,
    };
    const shown = (asset: AssetDetail, extra: Partial<AssetPageState> = {}) =>
      set((s) => ({ asset, draft: draftOf(asset), historyVersion: s.historyVersion + 1, ...extra }));

    /** A refusal of the form's save: beside its fields, as the conflict banner, or as one note. */
    function refused(err: unknown) {
      const e = toApiError(err);
      if (e.code === 'edit_conflict') return set({ saving: false, conflict: e.message });
      const { fieldErrors, rest } = placeIssues(issuesOf(e));
      const placed = Object.keys(fieldErrors).length > 0;
      set({ saving: false, fieldErrors, error: placed && rest.length === 0 ? null : e });
    }

    return {
      asset: null,
      loading: false,
      draft: emptyDraft,
      ...cleared,
      saving: false,
      pictureBusy: false,
      historyVersion: 0,

      async open(id) {
        const ticket = ++showing;
        // The same asset again (just added, or after signing in again): what the form holds stays, and
        // the asset is read afresh only when nothing in the form is unsaved.
        if (get().asset?.id === id) {
          if (isDirty(get())) return;
          const fresh = await fetchAsset(id).catch(() => null);
          if (fresh && ticket === showing && !isDirty(get())) shown(fresh);
          return;
        }
        set({ asset: null, loading: true, draft: emptyDraft, ...cleared });
        try {
          const asset = await fetchAsset(id);
          if (ticket === showing) shown(asset, { loading: false });
        } catch (err) {
          if (ticket === showing) set({ loading: false, error: toApiError(err) });
        }
      },

      async startNew(copyOf = null) {
        const ticket = ++showing;
        // The same new asset again (after signing in again) keeps what was typed into it.
        const { asset, draft } = get();
        const typed = newFrom?.copyOf === copyOf && Object.keys(differences(draft, newFrom.draft)).length > 0;
        if (asset === null && typed) return;
        newFrom = { copyOf, draft: emptyDraft };
        set({ asset: null, loading: Boolean(copyOf), draft: emptyDraft, ...cleared });
        if (!copyOf) return;
        try {
          const original = await fetchAsset(copyOf);
          if (ticket !== showing) return;
          newFrom = { copyOf, draft: duplicateOf(draftOf(original)) };
          set({
            loading: false,
            draft: newFrom.draft,
            notice: `A copy of ${original.name}: give it its own labels and serial number, then save it.`,
          });
        } catch (err) {
          if (ticket === showing) set({ loading: false, error: toApiError(err) });
        }
      },

      edit(field, value) {
        set((s) => ({
          draft: { ...s.draft, [field]: value },
          fieldErrors: { ...s.fieldErrors, [field]: undefined },
          notice: null,
        }));
      },

      async save() {
        const { asset, draft } = get();
        const built = requestOf(draft);
        if (!built.ok) {
          set({ fieldErrors: placeIssues(built.issues).fieldErrors, notice: null });
          return null;
        }
        set({ saving: true, fieldErrors: {}, error: null, notice: null });
        try {
          const saved = asset
            ? await api.call(assetsApi.update, {
                params: { id: asset.id },
                body: { ...built.request, expectedUpdatedAt: asset.updatedAt },
              })
            : await api.call(assetsApi.create, { body: built.request });
          shown(saved, {
            saving: false,
            unsaved: null,
            notice: asset ? 'Saved.' : `${saved.name} was added.`,
          });
          return saved.id;
        } catch (err) {
          refused(err);
          return null;
        }
      },

      async reload() {
        const { asset, draft } = get();
        if (!asset) return;
        try {
          // What this form changed from the version it opened, not everything that differs from theirs:
          // putting it back must not undo their changes to fields this form left alone.
          const mine = differences(draft, draftOf(asset));
          const theirs = await fetchAsset(asset.id);
          shown(theirs, { ...cleared, unsaved: Object.keys(mine).length ? mine : null });
        } catch (err) {
          set({ error: toApiError(err) });
        }
      },

      restoreUnsaved() {
        set((s) => ({ draft: { ...s.draft, ...s.unsaved }, unsaved: null }));
      },

      async uploadPicture(file) {
        const { asset } = get();
        if (!asset) return;
        set({ pictureBusy: true, pictureError: null });
        try {
          const saved = await api.putFile(AssetDetail, `/assets/${asset.id}/picture`, file);
          // The picture is the only change: what the form holds stays, on the new version.
          set((s) => ({ asset: saved, pictureBusy: false, historyVersion: s.historyVersion + 1 }));
        } catch (err) {
          set({ pictureBusy: false, pictureError: toApiError(err).message });
        }
      },

      async removePicture() {
        const { asset } = get();
        if (!asset) return;
        set({ pictureBusy: true, pictureError: null });
        try {
          const saved = await api.delete(AssetDetail, `/assets/${asset.id}/picture`);
          set((s) => ({ asset: saved, pictureBusy: false, historyVersion: s.historyVersion + 1 }));
        } catch (err) {
          set({ pictureBusy: false, pictureError: toApiError(err).message });
        }
      },

      async dispose(disposal) {
        const { asset } = get();
        if (!asset) return null;
        try {
          const saved = await api.call(assetsApi.dispose, { params: { id: asset.id }, body: disposal });
          shown(saved, { ...cleared, notice: `${saved.name} is disposed of: it can never be lent again.` });
          return null;
        } catch (err) {
          return toApiError(err);
        }
      },
    };
  });
}
export type AssetPageStore = ReturnType<typeof createAssetPageStore>;
