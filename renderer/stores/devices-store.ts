import { createStore } from 'zustand/vanilla';
import type { DeviceConfigFile, DeviceEvent } from '../../domain/devices/index.js';
import type { DeviceStatusView, KioskApi, KioskParams } from '../../domain/kiosk-api/contract.js';
import { idleCall, type CallState } from './call-state.js';
import { prepend, trafficOf, type TestRead, type TrafficEntry } from '../devices/device-traffic.js';

type SimulateAction = KioskParams<'devices.simulate'>['action'];

export type DevicesState = CallState & {
  status: DeviceStatusView | null;
  /** The configuration as saved, and the copy the screen edits until it is saved. */
  saved: DeviceConfigFile | null;
  draft: DeviceConfigFile | null;
  traffic: TrafficEntry[];
  testReads: TestRead[];
  refresh(): Promise<void>;
  /** Live state and detected devices only, for polling while the screen is open. */
  refreshStatus(): Promise<void>;
  receive(event: DeviceEvent): void;
  edit(draft: DeviceConfigFile): void;
  saveDraft(): Promise<boolean>;
  setTestMode(on: boolean): Promise<void>;
  /** True once the device read it; false with `error` set when the kiosk refused. */
  simulate(deviceId: string, action: SimulateAction): Promise<boolean>;
  /** A keyboard-wedge scan that came in while in test mode: listed, not sent to the flow. */
  noteWedgeTestRead(data: string): void;
};

/** Live device state for the diagnostics screen, kept current by the core's device events. */
export function createDevicesStore(api: KioskApi) {
  return createStore<DevicesState>()((set, get) => {
    let seq = 0;
    const patchDevice = (deviceId: string, patch: Partial<DeviceStatusView['config'][number]>) => {
      const status = get().status;
      if (!status) return;
      set({
        status: { ...status, config: status.config.map((d) => (d.id === deviceId ? { ...d, ...patch } : d)) },
      });
    };
    const nameOf = (deviceId: string) =>
      get().status?.config.find((d) => d.id === deviceId)?.name ?? deviceId;
    return {
      ...idleCall,
      status: null,
      saved: null,
      draft: null,
      traffic: [],
      testReads: [],
      refresh: async () => {
        const [status, config] = await Promise.all([
          api.call('devices.status', {}),
          api.call('devices.getConfig', {}),
        ]);
        set({
          ...(status.ok ? { status: status.result } : {}),
          // A refresh must not throw away edits the technician has not saved yet.
          ...(config.ok
            ? { saved: config.result, draft: get().draft === get().saved ? config.result : get().draft }
            : {}),
          error: !status.ok ? status.error : !config.ok ? config.error : null,
        });
      },
      refreshStatus: async () => {
        const status = await api.call('devices.status', {});
        if (status.ok) set({ status: status.result });
      },
      receive: (e) => {
        const line = trafficOf(e, ++seq);
        if (line) set({ traffic: prepend(get().traffic, line) });
        switch (e.type) {
          case 'credential':
            patchDevice(e.deviceId, { lastRead: e.credential.canonical, lastReadAt: e.credential.ts });
            if (get().status?.testMode) {
              const read = {
                seq,
                source: nameOf(e.deviceId),
                value: e.credential.canonical,
                kind: e.credential.kind,
                ts: e.credential.ts,
              };
              set({ testReads: prepend(get().testReads, read) });
            }
            return;
          case 'status':
            return patchDevice(e.deviceId, { state: e.state, detail: e.detail });
          case 'counters':
            return patchDevice(e.deviceId, { counters: e.counters });
          case 'raw':
          case 'reject':
          case 'removed':
            return;
          default: {
            const unreachable: never = e;
            return unreachable;
          }
        }
      },
      edit: (draft) => set({ draft }),
      saveDraft: async () => {
        const draft = get().draft;
        if (!draft) return false;
        set({ busy: true, error: null });
        const answer = await api.call('devices.saveConfig', draft);
        if (!answer.ok) {
          set({ busy: false, error: answer.error });
          return false;
        }
        set({ busy: false, saved: answer.result, draft: answer.result });
        await get().refreshStatus();
        return true;
      },
      setTestMode: async (on) => {
        set({ busy: true, error: null });
        const answer = await api.call('devices.setTestMode', { on });
        set({ busy: false, ...(answer.ok ? { status: answer.result } : { error: answer.error }) });
        if (answer.ok && on) set({ testReads: [] });
      },
      simulate: async (deviceId, action) => {
        const answer = await api.call('devices.simulate', { deviceId, action });
        set({ error: answer.ok ? null : answer.error });
        return answer.ok;
      },
      noteWedgeTestRead: (data) =>
        set({
          testReads: prepend(get().testReads, {
            seq: ++seq,
            source: 'Keyboard scanner',
            value: data,
            kind: 'barcode',
            ts: Date.now(),
          }),
        }),
    };
  });
}
