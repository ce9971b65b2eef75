import { createStore } from 'zustand/vanilla';
import type { KioskApi } from '../../domain/kiosk-api/contract.js';
import type { Location } from '../../domain/model/reference.js';
import { idleCall, type CallState } from './call-state.js';

export type LocationsState = CallState & {
  /** Every location by name, as the central API had them at the last load; null before one. */
  locations: Location[] | null;
  load(): Promise<void>;
};

/** The locations staff choose an asset's home from, fetched afresh each time a form needs them. */
export function createLocationsStore(api: KioskApi) {
  return createStore<LocationsState>()((set) => ({
    ...idleCall,
    locations: null,
    load: async () => {
      set({ busy: true, error: null });
      const answer = await api.call('staff.locations', {});
      set({ busy: false, ...(answer.ok ? { locations: answer.result } : { error: answer.error }) });
    },
  }));
}
