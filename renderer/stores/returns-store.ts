import { createStore } from 'zustand/vanilla';
import type { KioskApi, KioskParams } from '../../domain/kiosk-api/contract.js';
import type { ReturnView } from '../../domain/kiosk-api/views.js';
import { idleCall, trackedCall, type CallState } from './call-state.js';

export type ReturnsState = CallState & {
  view: ReturnView | null;
  receive(view: ReturnView): void;
  refresh(): Promise<void>;
  tickItem(groupItemId: string, confirmed: boolean): Promise<void>;
  /** Tick an accessory from the list of those still out: it has no label to scan. */
  addAccessory(groupItemId: string): Promise<void>;
  setCondition(assetId: string, note: string | null): Promise<boolean>;
  finish(partial: boolean): Promise<void>;
  cancel(): Promise<void>;
};

type ReturnsAction =
  'returns.tickItem' | 'returns.addAccessory' | 'returns.setCondition' | 'returns.finish' | 'returns.cancel';

/** The return desk as the core last described it; like the session, updated only by the core's events. */
export function createReturnsStore(api: KioskApi) {
  return createStore<ReturnsState>()((set) => {
    const act: <M extends ReturnsAction>(method: M, params: KioskParams<M>) => Promise<boolean> = trackedCall(
      api,
      set,
    );
    return {
      ...idleCall,
      view: null,
      receive: (view) => set({ view, error: null }),
      refresh: async () => {
        const answer = await api.call('returns.get', {});
        set(answer.ok ? { view: answer.result, error: null } : { error: answer.error });
      },
      tickItem: async (groupItemId, confirmed) => {
        await act('returns.tickItem', { groupItemId, confirmed });
      },
      addAccessory: async (groupItemId) => {
        await act('returns.addAccessory', { groupItemId });
      },
      setCondition: (assetId, note) => act('returns.setCondition', { assetId, note }),
      finish: async (partial) => {
        await act('returns.finish', { partial });
      },
      cancel: async () => {
        await act('returns.cancel', {});
      },
    };
  });
}
