import type { DeviceCounters, RejectReason } from '../../domain/devices/device-events.js';

/**
 * A device's counters for the diagnostics screen. Every change is reported, but at most once per
 * `intervalMs` and never before the events being counted: the first change on the next turn of the event
 * loop, the rest folded into one trailing report, so a chattering reader cannot flood the kiosk core.
 */
export class CounterBoard {
  private counters: DeviceCounters = { frames: 0, credentials: 0, rejects: {}, reconnects: 0 };
  private lastSent = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly send: (counters: DeviceCounters) => void,
    private readonly intervalMs = 1000,
  ) {}

  frame(): void {
    this.counters.frames++;
    this.changed();
  }

  credential(): void {
    this.counters.credentials++;
    this.changed();
  }

  reject(reason: RejectReason): void {
    this.counters.rejects[reason] = (this.counters.rejects[reason] ?? 0) + 1;
    this.changed();
  }

  reconnect(): void {
    this.counters.reconnects++;
    this.changed();
  }

  snapshot(): DeviceCounters {
    return structuredClone(this.counters);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private changed(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.lastSent + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, wait);
  }

  private flush(): void {
    this.lastSent = Date.now();
    this.send(this.snapshot());
  }
}
