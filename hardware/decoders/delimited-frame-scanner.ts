import { reject, type Rejected } from './decoded.js';

export type ScannedBody = { kind: 'body'; body: Uint8Array; bytes: Uint8Array };

/** Bytes between frames are reported in runs of at most this many, so a noisy line is visible but bounded. */
const MAX_NOISE_RUN = 16;

/**
 * Finds `start … end` frames in a byte stream (hardware.md §1.6). Unlike serialport's StartEndParser it
 * restarts on every start byte, so `STX noise STX frame ETX` yields the frame and one `resync` reject,
 * and it never holds more than `maxBody` bytes.
 */
export class DelimitedFrameScanner {
  private body: number[] | null = null;
  private noise: number[] = [];

  constructor(
    private readonly start: number,
    private readonly end: number,
    private readonly maxBody: number,
  ) {}

  push(chunk: Uint8Array): (ScannedBody | Rejected)[] {
    const out: (ScannedBody | Rejected)[] = [];
    for (const b of chunk) this.feed(b, out);
    return out;
  }

  reset(): void {
    this.body = null;
    this.noise = [];
  }

  private feed(b: number, out: (ScannedBody | Rejected)[]): void {
    if (b === this.start) {
      this.flushNoise(out);
      if (this.body !== null) out.push(reject('resync', [this.start, ...this.body]));
      this.body = [];
      return;
    }
    if (this.body === null) {
      this.noise.push(b);
      if (this.noise.length >= MAX_NOISE_RUN) this.flushNoise(out);
      return;
    }
    if (b === this.end) {
      const body = Uint8Array.from(this.body);
      out.push({ kind: 'body', body, bytes: Uint8Array.from([this.start, ...this.body, this.end]) });
      this.body = null;
      return;
    }
    this.body.push(b);
    if (this.body.length > this.maxBody) {
      out.push(reject('overflow', [this.start, ...this.body]));
      this.body = null;
    }
  }

  private flushNoise(out: (ScannedBody | Rejected)[]): void {
    if (this.noise.length === 0) return;
    out.push(reject('format', this.noise));
    this.noise = [];
  }
}
