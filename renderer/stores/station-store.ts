import { createStore } from 'zustand/vanilla';
import type { KioskApi, StationInfo, StationSettings } from '../../domain/kiosk-api/contract.js';
import { idleCall, type CallState } from './call-state.js';

export type StationState = CallState & {
  info: StationInfo | null;
  load(): Promise<void>;
  /** Whether the settings were saved, so a form knows it may close. */
  save(settings: StationSettings): Promise<boolean>;
  enrol(apiUrl: string, code: string): Promise<boolean>;
};

/** The station's settings and enrolment: whether it is a self-service kiosk or a desk, and where its API is. */
export function createStationStore(api: KioskApi) {
  return createStore<StationState>()((set) => {
    const apply = (answer: Awaited<ReturnType<typeof api.call<'station.info'>>>): boolean => {
      set(
        answer.ok ? { busy: false, error: null, info: answer.result } : { busy: false, error: answer.error },
      );
      return answer.ok;
    };
    return {
      ...idleCall,
      info: null,
      load: async () => {
        apply(await api.call('station.info', {}));
      },
      save: async (settings) => {
        set({ busy: true });
        return apply(await api.call('station.saveSettings', settings));
      },
      enrol: async (apiUrl, code) => {
        set({ busy: true, error: null });
        return apply(await api.call('station.enrol', { apiUrl, code }));
      },
    };
  });
}
