import type { DeviceEvent } from '../../domain/devices/index.js';

/** One line of the diagnostics screen's live view of what came off a device. */
export type TrafficEntry = {
  seq: number;
  deviceId: string;
  ts: number;
  kind: 'bytes' | 'rejected' | 'read' | 'removed' | 'state';
  /** The bytes, hex-encoded, where the event carried any. */
  hex: string | null;
  text: string;
};

/** A tap or scan seen in "test read" mode: shown, never acted on. */
export type TestRead = { seq: number; source: string; value: string; kind: string; ts: number };

/** How much history the screen keeps: enough to scroll back through a few minutes of reads. */
export const TRAFFIC_LIMIT = 200;

/** The traffic line for a device event, or null for events that only move counters. */
export function trafficOf(e: DeviceEvent, seq: number): TrafficEntry | null {
  switch (e.type) {
    case 'raw':
      return { seq, deviceId: e.deviceId, ts: e.ts, kind: 'bytes', hex: e.hex, text: 'Bytes received' };
    case 'reject':
      return {
        seq,
        deviceId: e.deviceId,
        ts: e.ts,
        kind: 'rejected',
        hex: e.hex,
        text: `Rejected: ${e.reason.replace('_', ' ')}`,
      };
    case 'credential':
      return {
        seq,
        deviceId: e.deviceId,
        ts: e.credential.ts,
        kind: 'read',
        hex: null,
        text: `Read ${e.credential.canonical} (${e.credential.kind})`,
      };
    case 'removed':
      return {
        seq,
        deviceId: e.deviceId,
        ts: e.ts,
        kind: 'removed',
        hex: null,
        text: `Card ${e.canonical} taken away`,
      };
    case 'status':
      return {
        seq,
        deviceId: e.deviceId,
        ts: e.ts,
        kind: 'state',
        hex: null,
        text: e.detail ? `Now ${e.state}: ${e.detail}` : `Now ${e.state}`,
      };
    case 'counters':
      return null;
    default: {
      const unreachable: never = e;
      return unreachable;
    }
  }
}

/** Newest first, capped. */
export function prepend<T>(list: readonly T[], item: T, limit = TRAFFIC_LIMIT): T[] {
  return [item, ...list].slice(0, limit);
}
