import { concatBytes, latin1 } from '../../bytes/hex.js';
import { reject, type Decoded, type Decoder } from '../decoded.js';
import { MAX_LINE_BYTES } from '../line-decoder.js';

/** A scanned-data message of a HID POS (usage page 0x8C) scanner, joined across reports. */
export type HidPosScan = {
  data: string;
  /** AIM symbology identifier `]cm` from bytes 2–4, or null when the scanner leaves them empty. */
  aim: string | null;
  /** Honeywell's one-character Code ID (byte 61), or null. */
  codeId: string | null;
};

const SCANNED_DATA_REPORT = 0x02;
const REPORT_BYTES = 64;
const MAX_DATA_PER_REPORT = 56;
const DATA_AT = 5;
const CODE_ID_AT = 61;
const FLAGS_AT = 63;
const MORE_FOLLOWS = 0x01;

/**
 * Scanned-data reports as node-hid delivers them, report id first (hardware.md §4; Access-IS LSR118 manual,
 * python_hon_usbhid captures): `02 len ]cm data[56] codeId 00 flags`. `len` counts data bytes only; bit 0
 * of byte 63 says another report continues the message. A scanner's suffix (CR, LF, Tab) ends up inside the
 * data and is removed.
 */
export class HidPosDecoder implements Decoder<HidPosScan> {
  private parts: Uint8Array[] = [];
  private held = 0;
  private first: { aim: string | null; codeId: string | null } | null = null;
  /** After an overflow, the rest of that message is dropped so its tail is not read as a scan of its own. */
  private skippingRest = false;

  constructor(private readonly maxBytes = MAX_LINE_BYTES) {}

  push(report: Uint8Array): Decoded<HidPosScan>[] {
    if (report[0] !== SCANNED_DATA_REPORT || report.length < REPORT_BYTES) return [reject('format', report)];
    const more = (report[FLAGS_AT]! & MORE_FOLLOWS) !== 0;
    if (this.skippingRest) {
      this.skippingRest = more;
      return [];
    }
    const length = report[1]!;
    if (length > MAX_DATA_PER_REPORT) return [this.abandon('format', report)];

    this.first ??= { aim: aimOf(report), codeId: codeIdOf(report) };
    const data = report.subarray(DATA_AT, DATA_AT + length);
    if (this.held + data.length > this.maxBytes) {
      const rejected = this.abandon('overflow', report);
      this.skippingRest = more;
      return [rejected];
    }
    this.parts.push(data);
    this.held += data.length;
    if (more) return [];

    const bytes = concatBytes(this.parts);
    const scan: HidPosScan = { data: withoutSuffix(latin1(bytes)), ...this.first };
    this.reset();
    return [{ kind: 'frame', frame: scan, bytes }];
  }

  reset(): void {
    this.parts = [];
    this.held = 0;
    this.first = null;
    this.skippingRest = false;
  }

  private abandon(reason: 'format' | 'overflow', report: Uint8Array): Decoded<HidPosScan> {
    const bytes = concatBytes([...this.parts, report]);
    this.reset();
    return reject(reason, bytes);
  }
}

function aimOf(report: Uint8Array): string | null {
  if (report[2] !== 0x5d) return null;
  return latin1(report.subarray(2, 5));
}

function codeIdOf(report: Uint8Array): string | null {
  const c = report[CODE_ID_AT]!;
  return c >= 0x21 && c <= 0x7e ? String.fromCharCode(c) : null;
}

function withoutSuffix(text: string): string {
  return text.replace(/(\r\n|\r|\n|\t)$/, '');
}
