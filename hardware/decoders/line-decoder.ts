import type { DeviceConfig } from '../../domain/devices/device-config.js';
import { latin1 } from '../bytes/hex.js';
import { reject, type Decoded } from './decoded.js';
import type { HeldFrameDecoder } from './scan-gap.js';

export type LineSuffix = DeviceConfig['suffix'];
export type LineFrame = { text: string };

const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;

/** Longer than any 1D code and most 2D codes a kiosk meets; beyond it a line is noise or a missing suffix. */
export const MAX_LINE_BYTES = 4096;

/**
 * Serial barcode scanners send `data + suffix` (hardware.md §5). CR and CRLF split on CR and drop the LF
 * that follows, LF splits on LF and drops a CR before it, so a scanner sending CRLF works with any of the
 * three. Text is latin1, so bytes above 0x7F and GS (0x1D) survive. A line longer than `maxBytes` is
 * rejected as a whole rather than cut into pieces that could look like valid labels. A line without its
 * suffix is held until `endHeld` (the scanner fell silent, scan-gap.ts) or `reset` (the port reopened).
 */
export class LineDecoder implements HeldFrameDecoder<LineFrame> {
  private line: number[] = [];
  private overflowing = false;
  private afterCr = false;
  private readonly delimiter: number;

  constructor(
    private readonly suffix: LineSuffix,
    private readonly maxBytes = MAX_LINE_BYTES,
  ) {
    this.delimiter = suffix === 'lf' ? LF : suffix === 'tab' ? TAB : CR;
  }

  push(chunk: Uint8Array): Decoded<LineFrame>[] {
    const out: Decoded<LineFrame>[] = [];
    for (const b of chunk) this.feed(b, out);
    return out;
  }

  reset(): void {
    this.line = [];
    this.overflowing = false;
    this.afterCr = false;
  }

  holding(): boolean {
    return this.line.length > 0 || this.overflowing;
  }

  endHeld(): Decoded<LineFrame>[] {
    const out: Decoded<LineFrame>[] = [];
    this.endLine(out, []);
    return out;
  }

  private feed(b: number, out: Decoded<LineFrame>[]): void {
    const skipLf = this.afterCr && b === LF && this.delimiter === CR;
    this.afterCr = b === CR;
    if (skipLf) return;
    if (b === this.delimiter) {
      this.endLine(out, [b]);
      return;
    }
    if (this.overflowing) return;
    if (this.line.length >= this.maxBytes) {
      out.push(reject('overflow', this.line));
      this.line = [];
      this.overflowing = true;
      return;
    }
    this.line.push(b);
  }

  private endLine(out: Decoded<LineFrame>[], suffix: number[]): void {
    const line = this.line;
    this.line = [];
    if (this.overflowing) {
      this.overflowing = false;
      return;
    }
    const body = this.delimiter === LF && line.at(-1) === CR ? line.slice(0, -1) : line;
    if (body.length === 0) return;
    out.push({ kind: 'frame', frame: { text: latin1(body) }, bytes: Uint8Array.from([...line, ...suffix]) });
  }
}
