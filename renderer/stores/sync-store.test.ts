import { describe, expect, it } from 'vitest';
import { fakeKioskApi, ok, refused } from '../testing/fake-kiosk-api.js';
import { conflict, syncStatus } from '../testing/views.js';
import { createSyncStore } from './sync-store.js';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the sync store', () => {
  it('loads the status and the needs-attention list together', async () => {
    const open = conflict();
    const api = fakeKioskApi({
      'sync.status': () => ok(syncStatus({ openConflicts: 1 })),
      'sync.conflicts': () => ok([open]),
    });
    const store = createSyncStore(api);
    await store.getState().refresh();
    expect(store.getState().status?.openConflicts).toBe(1);
    expect(store.getState().conflicts).toEqual([open]);
  });

  it('fetches the conflicts again only when a pushed status changes their count', async () => {
    const api = fakeKioskApi({ 'sync.conflicts': () => ok([conflict()]) });
    const store = createSyncStore(api);
    store.getState().receive(syncStatus({ openConflicts: 0 }));
    store.getState().receive(syncStatus({ openConflicts: 0, pendingEvents: 3 }));
    store.getState().receive(syncStatus({ openConflicts: 1 }));
    await settle();
    expect(api.calls.map((c) => c.method)).toEqual(['sync.conflicts', 'sync.conflicts']);
    expect(store.getState().conflicts).toHaveLength(1);
  });

  it('runs a manual sync and shows why it failed', async () => {
    const api = fakeKioskApi({
      'sync.now': () => refused('unavailable', 'The central API could not be reached.'),
      'sync.conflicts': () => ok([]),
    });
    const store = createSyncStore(api);
    await store.getState().syncNow();
    expect(store.getState().error?.message).toBe('The central API could not be reached.');
    expect(store.getState().busy).toBe(false);
  });

  it('resolves a conflict and keeps the list the core answers with', async () => {
    const c = conflict();
    const resolved = { ...c, status: 'resolved' as const, resolution: 'Spoke to the borrower' };
    const api = fakeKioskApi({ 'sync.resolveConflict': () => ok([resolved]) });
    const store = createSyncStore(api);
    expect(await store.getState().resolve(c.id, { kind: 'return-standing' })).toBe(true);
    expect(api.calls[0]).toEqual({
      method: 'sync.resolveConflict',
      params: { id: c.id, action: { kind: 'return-standing' } },
    });
    expect(store.getState().conflicts).toEqual([resolved]);
  });
});
