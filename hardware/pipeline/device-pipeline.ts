import type { DeviceConfig } from '../../domain/devices/device-config.js';
import type { DeviceEvent, DeviceState } from '../../domain/devices/device-events.js';
import { toHex } from '../bytes/hex.js';
import type { Pn532Frame } from '../decoders/pn532/pn532-frame.js';
import { DedupeWindow } from '../debounce/dedupe-window.js';
import { PresenceTracker } from '../debounce/presence-tracker.js';
import { CounterBoard } from './counter-board.js';
import { credentialOfRead } from './credential-of-read.js';
import {
  createProtocolReader,
  repeatsWhilePresent,
  type ProtocolReader,
  type ReadOrReject,
} from './protocol-reader.js';

/** Silence after which a repeating reader's card counts as gone (python-rdm6300: 0.5 s). */
const PRESENCE_GAP_MS = 500;

export type DevicePipelineOptions = {
  device: DeviceConfig;
  assetTagPattern: RegExp | null;
  emit: (event: DeviceEvent) => void;
  /** PN532 frames, for the command loop that polls the reader. */
  onPn532Frame?: (frame: Pn532Frame) => void;
  presenceGapMs?: number;
};

/**
 * Everything between a device's bytes and the kiosk's events: raw bytes for the diagnostics screen, the
 * protocol's decoders, the credential shape, presence or de-duplication, and counters.
 */
export class DevicePipeline {
  private readonly reader: ProtocolReader;
  private readonly counters: CounterBoard;
  private readonly presence: PresenceTracker | null;
  private readonly dedupe: DedupeWindow | null;
  private presenceTimer: ReturnType<typeof setTimeout> | null = null;
  private scanGapTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: DevicePipelineOptions) {
    const { device } = options;
    this.reader = createProtocolReader(device.protocol, device);
    this.counters = new CounterBoard((counters) =>
      options.emit({ type: 'counters', deviceId: device.id, counters, ts: Date.now() }),
    );
    const repeats = repeatsWhilePresent(device.protocol);
    this.presence = repeats ? new PresenceTracker(options.presenceGapMs ?? PRESENCE_GAP_MS) : null;
    this.dedupe = repeats ? null : new DedupeWindow(device.dedupeMs);
  }

  get deviceId(): string {
    return this.options.device.id;
  }

  /** Bytes from a serial port, or one HID report, stamped with their arrival for the scan gap. */
  push(input: Uint8Array): void {
    const ts = Date.now();
    this.options.emit({ type: 'raw', deviceId: this.deviceId, hex: toHex(input), ts });
    this.handle(this.reader.push(input, ts), ts);
    this.watchScanGap();
  }

  status(state: DeviceState, detail: string | null): void {
    // A cable pulled mid-scan: the scan gap must not turn the half label already received into a read.
    if (state !== 'connected') this.resetDecoder();
    this.options.emit({ type: 'status', deviceId: this.deviceId, state, detail, ts: Date.now() });
  }

  countReconnect(): void {
    this.counters.reconnect();
  }

  /** Forgets partial frames, e.g. when the port was reopened: two halves of different reads never join. */
  resetDecoder(): void {
    this.reader.reset();
    this.stopScanGapTimer();
  }

  stop(): void {
    this.counters.stop();
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    this.presenceTimer = null;
    this.stopScanGapTimer();
  }

  private handle(outs: ReadOrReject[], ts: number): void {
    const { emit } = this.options;
    const deviceId = this.deviceId;
    for (const out of outs) {
      if (out.kind === 'reject') {
        this.counters.reject(out.reason);
        emit({ type: 'reject', deviceId, reason: out.reason, hex: toHex(out.bytes), ts });
        continue;
      }
      this.counters.frame();
      if (out.read.kind === 'pn532') this.options.onPn532Frame?.(out.read.frame);
      const outcome = credentialOfRead(out.read, {
        device: this.options.device,
        assetTagPattern: this.options.assetTagPattern,
        ts,
      });
      if (outcome.kind === 'reject') {
        this.counters.reject(outcome.reason);
        emit({ type: 'reject', deviceId, reason: outcome.reason, hex: toHex(out.bytes), ts });
      } else if (outcome.kind === 'credential' && this.isNewRead(outcome.credential.canonical, ts)) {
        this.counters.credential();
        emit({ type: 'credential', deviceId, credential: outcome.credential });
      }
    }
  }

  /** A scan held without its suffix ends when no more input has arrived by its deadline. */
  private watchScanGap(): void {
    this.stopScanGapTimer();
    const deadline = this.reader.deadline();
    if (deadline === null) return;
    this.scanGapTimer = setTimeout(
      () => {
        this.scanGapTimer = null;
        const now = Math.max(Date.now(), deadline);
        this.handle(this.reader.expire(now), now);
      },
      Math.max(0, deadline - Date.now()),
    );
  }

  private stopScanGapTimer(): void {
    if (this.scanGapTimer) clearTimeout(this.scanGapTimer);
    this.scanGapTimer = null;
  }

  private isNewRead(canonical: string, now: number): boolean {
    if (this.dedupe) return this.dedupe.admit(canonical, now);
    const seen = this.presence!.observe(canonical, now);
    if (seen.left !== null) this.emitRemoved(seen.left, now);
    this.watchPresence();
    return seen.tap;
  }

  private watchPresence(): void {
    const deadline = this.presence?.deadline();
    if (this.presenceTimer || deadline == null) return;
    this.presenceTimer = setTimeout(
      () => {
        this.presenceTimer = null;
        const now = Date.now();
        const left = this.presence?.expire(now);
        if (left) this.emitRemoved(left, now);
        else this.watchPresence();
      },
      Math.max(0, deadline - Date.now()),
    );
  }

  private emitRemoved(canonical: string, ts: number): void {
    this.options.emit({ type: 'removed', deviceId: this.deviceId, canonical, ts });
  }
}
