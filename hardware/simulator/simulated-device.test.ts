import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceConfig } from '../../domain/devices/device-config.js';
import type { DeviceEvent } from '../../domain/devices/device-events.js';
import { DevicePipeline } from '../pipeline/device-pipeline.js';
import { aDevice } from '../testing/device-config.js';
import { SimulatedDevice } from './simulated-device.js';

let events: DeviceEvent[];
let cleanup: (() => void)[];

function simulated(device: DeviceConfig) {
  const pipeline = new DevicePipeline({ device, assetTagPattern: null, emit: (e) => events.push(e) });
  const sim = new SimulatedDevice(device, pipeline);
  sim.start();
  cleanup.push(() => {
    sim.stop();
    pipeline.stop();
  });
  return sim;
}

const credentials = () => events.flatMap((e) => (e.type === 'credential' ? [e.credential] : []));
const raw = () => events.flatMap((e) => (e.type === 'raw' ? [e.hex] : []));

beforeEach(() => {
  vi.useFakeTimers();
  events = [];
  cleanup = [];
});
afterEach(() => {
  cleanup.forEach((c) => c());
  vi.useRealTimers();
});

describe('SimulatedDevice', () => {
  it('taps an RDM6300 with its real repeated frames: raw bytes on the wire, one credential', () => {
    simulated(aDevice({ protocol: 'em4100' })).perform({ kind: 'tap', canonical: '67003b51c6' });
    vi.advanceTimersByTime(1000);
    expect(raw()).toEqual(new Array(3).fill('02 36 37 30 30 33 42 35 31 43 36 43 42 03'));
    expect(credentials().map((c) => c.canonical)).toEqual(['67003B51C6']);
    expect(events.filter((e) => e.type === 'removed')).toHaveLength(1);
  });

  it('taps the demo card when none is named, on EM4100, Parallax and PN532 readers', () => {
    simulated(aDevice({ protocol: 'parallax', id: 'p' })).perform({ kind: 'tap' });
    simulated(aDevice({ protocol: 'pn532', id: 'n' })).perform({ kind: 'tap' });
    expect(credentials().map((c) => [c.sourceId, c.kind, c.canonical])).toEqual([
      ['p', 'em4100', '67003B51C6'],
      ['n', 'iso14443a', '901F2AA4'],
    ]);
  });

  it('scans through a CR-terminated line, keyboard reports and HID POS reports', () => {
    simulated(aDevice({ protocol: 'line', id: 'line', role: 'item-scanner' })).perform({
      kind: 'scan',
      data: ']C0KD-00042',
    });
    simulated(aDevice({ protocol: 'hid-keyboard', id: 'kbd', layout: 'uk' })).perform({
      kind: 'scan',
      data: 'KD-"@#',
    });
    simulated(aDevice({ protocol: 'hid-pos', id: 'pos' })).perform({
      kind: 'scan',
      data: ']E06957842208856',
    });
    expect(credentials().map((c) => [c.sourceId, c.canonical, c.symbology])).toEqual([
      ['line', 'KD-00042', ']C0'],
      ['kbd', 'KD-"@#', null],
      ['pos', '6957842208856', ']E0'],
    ]);
    expect(raw()[0]).toBe('5D 43 30 4B 44 2D 30 30 30 34 32 0D');
  });

  it('refuses a scan on a card reader and an id that is not one, with a sentence to act on', () => {
    const reader = simulated(aDevice({ protocol: 'em4100', name: 'Door reader' }));
    expect(() => reader.perform({ kind: 'scan', data: 'KD-1' })).toThrow(
      '"Door reader" is a card reader: simulate a tap with a card id, not a scan.',
    );
    expect(() => reader.perform({ kind: 'tap', canonical: 'not-a-card' })).toThrow(/10 hex digits/);
  });
});
