import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceEvent } from '../../../domain/devices/device-events.js';
import { parseHex, toHex } from '../../bytes/hex.js';
import { DevicePipeline } from '../../pipeline/device-pipeline.js';
import { hidPosReports } from '../../simulator/protocol-encoders.js';
import { aDevice } from '../../testing/device-config.js';
import { FakeHidTransport } from '../../testing/fake-hid-transport.js';
import { HidDriver } from './hid-driver.js';

/** node-hid #323: a keyboard-mode scanner reading EAN-13 6957842208856, then Ctrl+Shift+J (real capture). */
const EAN13_CAPTURE = [
  '00 00 00 00 00 00 00 00',
  '00 00 23 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
  '00 00 26 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
  '00 00 22 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
  '00 00 24 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
  '00 00 25 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
  '00 00 21 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
  '00 00 1f 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
  '00 00 1f 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
  '00 00 27 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
  '00 00 25 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
  '00 00 25 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
  '00 00 22 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
  '00 00 23 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
  '00 00 28 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
  '03 00 00 00 00 00 00 00',
  '03 00 0d 00 00 00 00 00',
  '03 00 00 00 00 00 00 00',
  '00 00 00 00 00 00 00 00',
].map(parseHex);

let events: DeviceEvent[];
let stops: (() => Promise<void>)[];

function run(transport: FakeHidTransport, device: ReturnType<typeof aDevice>) {
  const pipeline = new DevicePipeline({ device, assetTagPattern: null, emit: (e) => events.push(e) });
  const driver = new HidDriver({
    device,
    transport,
    onReport: (r) => pipeline.push(r),
    status: (s, d) => pipeline.status(s, d),
    connected: (again) => {
      pipeline.resetDecoder();
      if (again) pipeline.countReconnect();
    },
  });
  driver.start();
  stops.push(async () => {
    await driver.stop();
    pipeline.stop();
  });
}

const credentials = () => events.flatMap((e) => (e.type === 'credential' ? [e.credential.canonical] : []));
const statuses = () => events.flatMap((e) => (e.type === 'status' ? [e.state] : []));

beforeEach(() => {
  vi.useFakeTimers();
  events = [];
  stops = [];
});
afterEach(async () => {
  for (const stop of stops) await stop();
  vi.useRealTimers();
});

describe('HidDriver', () => {
  it('opens the keyboard interface of a scanner and decodes the real EAN-13 capture', async () => {
    const hid = new FakeHidTransport();
    hid.plug({ path: '/dev/hidraw1', vendorId: 0x1eab, productId: 0x1a03, usagePage: 0x0c, usage: 0x01 });
    hid.plug({ path: '/dev/hidraw0', vendorId: 0x1eab, productId: 0x1a03, usagePage: 0x01, usage: 0x06 });
    run(
      hid,
      aDevice({ protocol: 'hid-keyboard', transport: 'hid', match: { vendorId: 0x1eab, productId: 0x1a03 } }),
    );
    await vi.advanceTimersByTimeAsync(0);
    for (const r of EAN13_CAPTURE) hid.connection('/dev/hidraw0').emit(r);
    expect(() => hid.connection('/dev/hidraw1')).toThrow();
    expect(credentials()).toEqual(['6957842208856']);
    expect(statuses()).toEqual(['connecting', 'connected']);
  });

  it('switches a Honeywell HID POS scanner on with feature report FE 01 and reads its reports', async () => {
    const hid = new FakeHidTransport();
    hid.plug({ path: '/dev/hidraw2', vendorId: 0x0c2e, productId: 0x0b8f, usagePage: 0x8c, usage: 0x02 });
    run(
      hid,
      aDevice({ protocol: 'hid-pos', transport: 'hid', role: 'item-scanner', match: { vendorId: 0x0c2e } }),
    );
    await vi.advanceTimersByTimeAsync(0);
    const connection = hid.connection('/dev/hidraw2');
    expect(connection.featureReports.map(toHex)).toEqual(['FE 01']);
    for (const r of hidPosReports('KD-00042\r', ']C0', 'j')) connection.emit(r);
    expect(credentials()).toEqual(['KD-00042']);
  });

  it('reconnects after an unplug shows as a read error, and reads again after the replug', async () => {
    const hid = new FakeHidTransport();
    const plug = () =>
      hid.plug({ path: '/dev/hidraw0', vendorId: 0x1eab, productId: 0x1a03, usagePage: 0x01, usage: 0x06 });
    plug();
    run(hid, aDevice({ protocol: 'hid-keyboard', transport: 'hid', match: { vendorId: 0x1eab } }));
    await vi.advanceTimersByTimeAsync(0);
    hid.unplug('/dev/hidraw0');
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses().at(-1)).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(1500);
    expect(statuses().at(-1)).toBe('reconnecting');
    plug();
    await vi.advanceTimersByTimeAsync(2000);
    expect(statuses().at(-1)).toBe('connected');
    for (const r of EAN13_CAPTURE) hid.connection('/dev/hidraw0').emit(r);
    expect(credentials()).toEqual(['6957842208856']);
    await vi.advanceTimersByTimeAsync(1000);
    const counters = events.filter((e) => e.type === 'counters').at(-1);
    expect(counters).toMatchObject({ counters: { reconnects: 1, credentials: 1 } });
  });

  it('says what to do when a device has no ids to be found by', async () => {
    run(new FakeHidTransport(), aDevice({ protocol: 'hid-pos', transport: 'hid' }));
    await vi.advanceTimersByTimeAsync(0);
    const last = events.filter((e) => e.type === 'status').at(-1);
    expect(last).toMatchObject({ state: 'error', detail: expect.stringMatching(/set match.vendorId/) });
  });
});
