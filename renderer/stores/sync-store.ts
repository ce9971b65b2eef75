import { createStore } from 'zustand/vanilla';
import type { KioskApi } from '../../domain/kiosk-api/contract.js';
import type { Conflict, ConflictAction, SyncStatus } from '../../domain/kiosk-api/views.js';
import { idleCall, type CallState } from './call-state.js';

export type SyncState = CallState & {
  status: SyncStatus | null;
  conflicts: Conflict[];
  receive(status: SyncStatus): void;
  refresh(): Promise<void>;
  syncNow(): Promise<void>;
  resolve(id: string, action: ConflictAction): Promise<boolean>;
};

/** Sync status and the "needs attention" list of events the central API refused. */
export function createSyncStore(api: KioskApi) {
  return createStore<SyncState>()((set, get) => {
    const loadConflicts = async () => {
      const answer = await api.call('sync.conflicts', {});
      set(answer.ok ? { conflicts: answer.result } : { error: answer.error });
    };
    return {
      ...idleCall,
      status: null,
      conflicts: [],
      receive: (status) => {
        const before = get().status?.openConflicts;
        set({ status });
        // A sync that answered events may have added conflicts: fetch the list only when the count moved.
        if (before !== status.openConflicts) void loadConflicts();
      },
      refresh: async () => {
        const answer = await api.call('sync.status', {});
        set(answer.ok ? { status: answer.result, error: null } : { error: answer.error });
        await loadConflicts();
      },
      syncNow: async () => {
        set({ busy: true, error: null });
        const answer = await api.call('sync.now', {});
        set({ busy: false, ...(answer.ok ? { status: answer.result } : { error: answer.error }) });
        await loadConflicts();
      },
      resolve: async (id, action) => {
        set({ busy: true, error: null });
        const answer = await api.call('sync.resolveConflict', { id, action });
        set({ busy: false, ...(answer.ok ? { conflicts: answer.result } : { error: answer.error }) });
        return answer.ok;
      },
    };
  });
}
