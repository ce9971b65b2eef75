import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCAN_GAP_MS } from '../../domain/devices/device-config.js';
import { DeviceEvent } from '../../domain/devices/device-events.js';
import { compileAssetTagPattern } from '../barcode/asset-tag-pattern.js';
import type { Pn532Frame } from '../decoders/pn532/pn532-frame.js';
import {
  keyboardReports,
  pn532TargetResponse,
  rdm6300Frame,
  scannerLine,
} from '../simulator/protocol-encoders.js';
import { aDevice } from '../testing/device-config.js';
import { DevicePipeline, type DevicePipelineOptions } from './device-pipeline.js';

let events: DeviceEvent[];
let pipelines: DevicePipeline[];

function pipeline(options: Partial<DevicePipelineOptions> & Pick<DevicePipelineOptions, 'device'>) {
  const p = new DevicePipeline({
    assetTagPattern: null,
    emit: (e) => events.push(DeviceEvent.parse(e)),
    ...options,
  });
  pipelines.push(p);
  return p;
}

const ofType = <T extends DeviceEvent['type']>(type: T) =>
  events.filter((e): e is Extract<DeviceEvent, { type: T }> => e.type === type);

beforeEach(() => {
  vi.useFakeTimers();
  events = [];
  pipelines = [];
});
afterEach(() => {
  for (const p of pipelines) p.stop();
  vi.useRealTimers();
});

describe('DevicePipeline', () => {
  it('turns an RDM6300 held for two seconds into one credential, then reports the card removed', () => {
    const p = pipeline({ device: aDevice({ protocol: 'em4100', id: 'door' }) });
    for (let t = 0; t < 20; t++) {
      p.push(rdm6300Frame('67003B51C6'));
      vi.advanceTimersByTime(100);
    }
    expect(ofType('credential').map((e) => e.credential)).toEqual([
      {
        kind: 'em4100',
        canonical: '67003B51C6',
        aliases: ['0003887558', '059,20934', '442385519046'],
        symbology: null,
        sourceId: 'door',
        ts: expect.any(Number),
      },
    ]);
    expect(ofType('removed')).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(ofType('removed').map((e) => e.canonical)).toEqual(['67003B51C6']);
    p.push(rdm6300Frame('67003B51C6'));
    expect(ofType('credential')).toHaveLength(2);
  });

  it('emits raw bytes before what they decode to, and rejects with the reason and the bytes', () => {
    const p = pipeline({ device: aDevice({ protocol: 'em4100' }) });
    p.push(Uint8Array.of(0x02, ...new TextEncoder().encode('68003B51C6CB'), 0x03));
    expect(events.map((e) => e.type)).toEqual(['raw', 'reject']);
    vi.advanceTimersByTime(0);
    expect(events.map((e) => e.type)).toEqual(['raw', 'reject', 'counters']);
    expect(ofType('reject')[0]).toMatchObject({
      reason: 'checksum',
      hex: expect.stringMatching(/^02 36 38 .* 03$/),
    });
  });

  it('de-duplicates a one-shot scanner within dedupeMs and accepts the same label after it', () => {
    const p = pipeline({ device: aDevice({ protocol: 'line', role: 'item-scanner', dedupeMs: 1500 }) });
    p.push(scannerLine(']C0KD-00042', 'cr'));
    vi.advanceTimersByTime(1000);
    p.push(scannerLine(']C0KD-00042', 'cr'));
    vi.advanceTimersByTime(600);
    p.push(scannerLine(']C0KD-00042', 'cr'));
    expect(ofType('credential').map((e) => [e.credential.canonical, e.credential.symbology])).toEqual([
      ['KD-00042', ']C0'],
      ['KD-00042', ']C0'],
    ]);
  });

  it("rejects item labels that miss the site's pattern and counts rejects by reason", () => {
    const p = pipeline({
      device: aDevice({ protocol: 'line', role: 'item-scanner' }),
      assetTagPattern: compileAssetTagPattern('^KD-\\d{5}$'),
    });
    p.push(scannerLine('6957842208856', 'cr'));
    p.push(scannerLine('KD-00042', 'cr'));
    expect(ofType('reject').map((e) => e.reason)).toEqual(['pattern']);
    expect(ofType('credential')).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(ofType('counters').at(-1)?.counters).toEqual({
      frames: 2,
      credentials: 1,
      rejects: { pattern: 1 },
      reconnects: 0,
    });
  });

  it('reports counters at most once a second, folding changes into one trailing report', () => {
    const p = pipeline({ device: aDevice({ protocol: 'line' }) });
    p.push(scannerLine('KD-0', 'cr'));
    vi.advanceTimersByTime(0);
    for (let i = 1; i < 5; i++) p.push(scannerLine(`KD-${i}`, 'cr'));
    expect(ofType('counters').map((e) => e.counters.frames)).toEqual([1]);
    vi.advanceTimersByTime(1000);
    expect(ofType('counters').map((e) => e.counters.frames)).toEqual([1, 5]);
  });

  it('hands PN532 frames to the command loop and turns a target into an ISO 14443A credential', () => {
    const frames: Pn532Frame[] = [];
    const p = pipeline({ device: aDevice({ protocol: 'pn532' }), onPn532Frame: (f) => frames.push(f) });
    p.push(pn532TargetResponse('901F2AA4'));
    expect(frames.map((f) => f.type)).toEqual(['ack', 'info']);
    expect(ofType('credential')[0]?.credential).toMatchObject({
      kind: 'iso14443a',
      canonical: '901F2AA4',
      aliases: ['2417961636', '2754224016', 'A42A1F90'],
    });
  });

  it('gives a keyboard-mode card reader’s typed number its W26 alias', () => {
    const p = pipeline({ device: aDevice({ protocol: 'hid-keyboard', transport: 'hid' }) });
    for (const r of keyboardReports('0003887558', 'us')) p.push(r);
    expect(ofType('credential')[0]?.credential).toMatchObject({
      kind: 'barcode',
      canonical: '0003887558',
      aliases: ['059,20934'],
    });
  });

  it('ends a keyboard-mode scan sent without Enter once the scanner has been silent for its gap', () => {
    const p = pipeline({
      device: aDevice({ protocol: 'hid-keyboard', transport: 'hid', role: 'item-scanner', scanGapMs: 100 }),
    });
    for (const r of keyboardReports('KD-00042', 'us', 'none')) {
      p.push(r);
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(100 - 5 - 1);
    expect(ofType('credential')).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ofType('credential').map((e) => e.credential.canonical)).toEqual(['KD-00042']);
  });

  it('ends a serial scan without a suffix after the gap, but not one cut off by an unplug or a reopen', () => {
    const p = pipeline({ device: aDevice({ protocol: 'line', role: 'item-scanner' }) });
    p.push(new TextEncoder().encode(']C0KD-00042'));
    vi.advanceTimersByTime(DEFAULT_SCAN_GAP_MS);
    expect(ofType('credential').map((e) => [e.credential.canonical, e.credential.symbology])).toEqual([
      ['KD-00042', ']C0'],
    ]);
    p.push(new TextEncoder().encode('KD-000'));
    p.status('reconnecting', 'The scanner was unplugged.');
    vi.advanceTimersByTime(DEFAULT_SCAN_GAP_MS * 2);
    p.status('connected', null);
    p.push(new TextEncoder().encode('KD-001'));
    p.resetDecoder();
    vi.advanceTimersByTime(DEFAULT_SCAN_GAP_MS * 2);
    expect(ofType('credential')).toHaveLength(1);
  });

  it('forgets half a frame when the decoder is reset after a reconnect', () => {
    const p = pipeline({ device: aDevice({ protocol: 'em4100' }) });
    const frame = rdm6300Frame('67003B51C6');
    p.push(frame.subarray(0, 7));
    p.resetDecoder();
    p.push(frame.subarray(7));
    expect(ofType('credential')).toEqual([]);
  });
});
