import { createStore } from 'zustand/vanilla';
import type { UpdateAssetRequest } from '../../domain/api/assets.js';
import type { GroupDetail, UpdateGroupRequest } from '../../domain/api/kits.js';
import type { UpdatePersonRequest } from '../../domain/api/people.js';
import type { ApiError } from '../../domain/api-error.js';
import type { KioskApi } from '../../domain/kiosk-api/contract.js';
import type { Asset } from '../../domain/model/asset.js';
import type { Person } from '../../domain/model/person.js';
import { idleCall, type CallState } from './call-state.js';

export type RecordKind = 'person' | 'asset' | 'kit';
export type EditTarget = { kind: RecordKind; id: string };

/** The record as the central API has it now, not the kiosk's copy, which may be a sync behind. */
export type LoadedRecord =
  | { kind: 'person'; record: Person }
  | { kind: 'asset'; record: Asset }
  | { kind: 'kit'; record: GroupDetail };

export type RecordEditorState = CallState & {
  target: EditTarget | null;
  loaded: LoadedRecord | null;
  /** True after a save until the next change or record. */
  saved: boolean;
  open(target: EditTarget): Promise<void>;
  reload(): Promise<void>;
  close(): void;
  markChanged(): void;
  savePerson(patch: UpdatePersonRequest): Promise<boolean>;
  saveAsset(patch: UpdateAssetRequest): Promise<boolean>;
  saveKit(patch: UpdateGroupRequest): Promise<boolean>;
};

const sameTarget = (a: EditTarget | null, b: EditTarget) => a?.kind === b.kind && a.id === b.id;

export function createRecordEditorStore(api: KioskApi) {
  return createStore<RecordEditorState>()((set, get) => {
    const fetchRecord = async (t: EditTarget): Promise<LoadedAnswer> => {
      switch (t.kind) {
        case 'person':
          return wrap('person', await api.call('staff.person', { id: t.id }));
        case 'asset':
          return wrap('asset', await api.call('staff.asset', { id: t.id }));
        case 'kit':
          return wrap('kit', await api.call('staff.kit', { id: t.id }));
        default: {
          const unreachable: never = t.kind;
          return unreachable;
        }
      }
    };
    const load = async (target: EditTarget) => {
      set({ target, busy: true, error: null, saved: false });
      const answer = await fetchRecord(target);
      // Someone may have opened another record while this one was on its way.
      if (!sameTarget(get().target, target)) return;
      set({ busy: false, ...(answer.ok ? { loaded: answer.loaded } : { error: answer.error }) });
    };
    const saved = (loaded: LoadedRecord) => set({ busy: false, saved: true, loaded, error: null });
    const refused = (error: ApiError) => {
      set({ busy: false, error });
      return false;
    };
    return {
      ...idleCall,
      target: null,
      loaded: null,
      saved: false,
      open: (target) => {
        set({ loaded: null });
        return load(target);
      },
      reload: async () => {
        const target = get().target;
        if (target) await load(target);
      },
      close: () => set({ target: null, loaded: null, saved: false, error: null, busy: false }),
      markChanged: () => set({ saved: false }),
      savePerson: async (patch) => {
        const current = get().loaded;
        if (current?.kind !== 'person') return false;
        set({ busy: true, error: null, saved: false });
        const answer = await api.call('staff.updatePerson', { id: current.record.id, patch });
        if (!answer.ok) return refused(answer.error);
        saved({ kind: 'person', record: answer.result });
        return true;
      },
      saveAsset: async (patch) => {
        const current = get().loaded;
        if (current?.kind !== 'asset') return false;
        set({ busy: true, error: null, saved: false });
        const answer = await api.call('staff.updateAsset', { id: current.record.id, patch });
        if (!answer.ok) return refused(answer.error);
        saved({ kind: 'asset', record: answer.result });
        return true;
      },
      saveKit: async (patch) => {
        const current = get().loaded;
        if (current?.kind !== 'kit') return false;
        set({ busy: true, error: null, saved: false });
        const answer = await api.call('staff.updateKit', { id: current.record.id, patch });
        if (!answer.ok) return refused(answer.error);
        // The update answers the kit alone: its members and accessories are as they were.
        saved({ kind: 'kit', record: { ...current.record, ...answer.result } });
        return true;
      },
    };
  });
}

type LoadedAnswer = { ok: true; loaded: LoadedRecord } | { ok: false; error: ApiError };

function wrap<K extends RecordKind>(
  kind: K,
  answer: { ok: true; result: Extract<LoadedRecord, { kind: K }>['record'] } | { ok: false; error: ApiError },
): LoadedAnswer {
  return answer.ok ? { ok: true, loaded: { kind, record: answer.result } as LoadedRecord } : answer;
}
