import { describe, expect, it } from 'vitest';
import type { DeviceConfigFile } from '../../domain/devices/index.js';
import { fakeKioskApi, ok, refused } from '../testing/fake-kiosk-api.js';
import { deviceStatus } from '../testing/views.js';
import { createDevicesStore } from './devices-store.js';
import { TRAFFIC_LIMIT } from '../devices/device-traffic.js';

const config: DeviceConfigFile = { version: 1, assetTagPattern: '', devices: [] };
const credential = {
  kind: 'em4100' as const,
  canonical: '67003B51C6',
  aliases: [],
  symbology: null,
  sourceId: 'demo-card-reader',
  ts: 1_700_000_000_000,
};

async function loaded(testMode = false) {
  const api = fakeKioskApi({
    'devices.status': () => ok(deviceStatus({ testMode })),
    'devices.getConfig': () => ok(config),
  });
  const store = createDevicesStore(api);
  await store.getState().refresh();
  return { api, store };
}

describe('the devices store', () => {
  it('keeps each device’s state, last read and counters current from device events', async () => {
    const { store } = await loaded();
    const { receive } = store.getState();
    receive({
      type: 'status',
      deviceId: 'demo-card-reader',
      state: 'reconnecting',
      detail: 'Port went away',
      ts: 1,
    });
    receive({ type: 'credential', deviceId: 'demo-card-reader', credential });
    receive({
      type: 'counters',
      deviceId: 'demo-card-reader',
      counters: { frames: 3, credentials: 1, rejects: { checksum: 2 }, reconnects: 1 },
      ts: 2,
    });
    expect(store.getState().status?.config[0]).toMatchObject({
      state: 'reconnecting',
      detail: 'Port went away',
      lastRead: '67003B51C6',
      lastReadAt: credential.ts,
      counters: { frames: 3, rejects: { checksum: 2 } },
    });
  });

  it('shows raw bytes and rejects newest first, and keeps only the recent ones', async () => {
    const { store } = await loaded();
    const { receive } = store.getState();
    receive({ type: 'raw', deviceId: 'demo-card-reader', hex: '02 36 37', ts: 1 });
    receive({ type: 'reject', deviceId: 'demo-card-reader', reason: 'check_digit', hex: '02 FF', ts: 2 });
    expect(store.getState().traffic.map((t) => [t.kind, t.hex, t.text])).toEqual([
      ['rejected', '02 FF', 'Rejected: check digit'],
      ['bytes', '02 36 37', 'Bytes received'],
    ]);
    for (let i = 0; i < TRAFFIC_LIMIT + 5; i++) receive({ type: 'raw', deviceId: 'x', hex: '00', ts: i });
    expect(store.getState().traffic).toHaveLength(TRAFFIC_LIMIT);
  });

  it('lists reads as test reads only while test mode is on', async () => {
    const { store } = await loaded(false);
    store.getState().receive({ type: 'credential', deviceId: 'demo-card-reader', credential });
    expect(store.getState().testReads).toEqual([]);
    const on = await loaded(true);
    on.store.getState().receive({ type: 'credential', deviceId: 'demo-card-reader', credential });
    on.store.getState().noteWedgeTestRead('KD-00001');
    expect(on.store.getState().testReads.map((r) => [r.source, r.value])).toEqual([
      ['Keyboard scanner', 'KD-00001'],
      ['Demo card reader (RDM6300)', '67003B51C6'],
    ]);
  });

  it('saves the edited configuration and keeps the draft when saving fails', async () => {
    const { api, store } = await loaded();
    const edited = { ...config, assetTagPattern: '^KD-\\d{5}$' };
    store.getState().edit(edited);
    api.answers['devices.saveConfig'] = () =>
      refused('validation_failed', 'devices.saveConfig: Invalid regex.');
    expect(await store.getState().saveDraft()).toBe(false);
    expect(store.getState().draft).toEqual(edited);
    api.answers['devices.saveConfig'] = (p) => ok(p as DeviceConfigFile);
    expect(await store.getState().saveDraft()).toBe(true);
    expect(store.getState().saved).toEqual(edited);
  });
});

describe('refreshing the devices store', () => {
  it('keeps unsaved edits when the configuration is fetched again', async () => {
    const { store } = await loaded();
    const edited = { ...config, assetTagPattern: '^KD-' };
    store.getState().edit(edited);
    await store.getState().refresh();
    expect(store.getState().draft).toEqual(edited);
    expect(store.getState().saved).toEqual(config);
  });
});
