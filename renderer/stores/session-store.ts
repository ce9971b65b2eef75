import { createStore } from 'zustand/vanilla';
import type { KioskApi, KioskParams } from '../../domain/kiosk-api/contract.js';
import type { SessionView } from '../../domain/kiosk-api/views.js';
import { idleCall, trackedCall, type CallState } from './call-state.js';

export type SessionState = CallState & {
  view: SessionView | null;
  receive(view: SessionView): void;
  refresh(): Promise<void>;
  tickItem(groupItemId: string, confirmed: boolean): Promise<void>;
  removeLine(assetId: string): Promise<void>;
  /** Whether the override was accepted, so the form knows to close. */
  override(reason: string): Promise<boolean>;
  confirm(): Promise<void>;
  cancel(): Promise<void>;
  /** A touch on the screen: keeps the borrower's session from timing out. */
  touch(): Promise<void>;
};

type SessionAction =
  'session.tickItem' | 'session.removeLine' | 'session.override' | 'session.confirm' | 'session.cancel';

/**
 * The self-service session as the core last described it. Actions change nothing here themselves: the core
 * pushes a `session` event for every change, in order with the scans, so the screen never shows an older
 * answer over a newer scan.
 */
export function createSessionStore(api: KioskApi) {
  return createStore<SessionState>()((set, get) => {
    const act: <M extends SessionAction>(method: M, params: KioskParams<M>) => Promise<boolean> = trackedCall(
      api,
      set,
    );
    return {
      ...idleCall,
      view: null,
      receive: (view) => set({ view, error: null }),
      refresh: async () => {
        const answer = await api.call('session.get', {});
        set(answer.ok ? { view: answer.result, error: null } : { error: answer.error });
      },
      tickItem: async (groupItemId, confirmed) => {
        await act('session.tickItem', { groupItemId, confirmed });
      },
      removeLine: async (assetId) => {
        await act('session.removeLine', { assetId });
      },
      override: (reason) => act('session.override', { reason }),
      confirm: async () => {
        await act('session.confirm', {});
      },
      cancel: async () => {
        await act('session.cancel', {});
      },
      touch: async () => {
        if (!(await api.call('session.touch', {})).ok) return;
        // A touch moves the core's idle deadline without pushing a view; fetch the new deadline so the
        // countdown on screen starts again. Only the deadline is taken: the rest may be older than an event.
        const fresh = await api.call('session.get', {});
        const view = get().view;
        if (!fresh.ok || !view || view.phase === 'idle' || fresh.result.phase !== view.phase) return;
        const idleAt = Math.max(view.idleAt ?? 0, fresh.result.idleAt ?? 0) || null;
        set({ view: { ...view, idleAt } });
      },
    };
  });
}
