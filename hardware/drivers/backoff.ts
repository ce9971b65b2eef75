export type BackoffOptions = {
  initialMs?: number;
  maxMs?: number;
  /** A connection that lasted this long resets the delay to `initialMs`. */
  stableMs?: number;
};

/**
 * Exponential back-off for reconnecting: 0.5 s, 1, 2, 4, 8, then 10 s (hardware.md §11). A connection that
 * drops straight after opening keeps the delay growing, so a flapping device is not hammered.
 */
export class Backoff {
  private readonly initialMs: number;
  private readonly maxMs: number;
  private readonly stableMs: number;
  private nextMs: number;
  private connectedAt: number | null = null;

  constructor(options: BackoffOptions = {}) {
    this.initialMs = options.initialMs ?? 500;
    this.maxMs = options.maxMs ?? 10_000;
    this.stableMs = options.stableMs ?? 60_000;
    this.nextMs = this.initialMs;
  }

  /** The delay before the next attempt; each call doubles the one after, up to the cap. */
  next(): number {
    const delay = this.nextMs;
    this.nextMs = Math.min(this.maxMs, this.nextMs * 2);
    return delay;
  }

  connected(now: number): void {
    this.connectedAt = now;
  }

  lost(now: number): void {
    if (this.connectedAt !== null && now - this.connectedAt >= this.stableMs) this.nextMs = this.initialMs;
    this.connectedAt = null;
  }
}
