import type { RejectReason } from '../../../domain/devices/device-events.js';
import { fromLatin1 } from '../../bytes/hex.js';
import { reject, type Decoded } from '../decoded.js';
import { MAX_LINE_BYTES } from '../line-decoder.js';
import type { HeldFrameDecoder } from '../scan-gap.js';
import { altCodeChar } from './alt-code.js';
import { charOf, isLetter, keypadDigit, type KeyboardLayout } from './keyboard-layouts.js';

export type TypedLine = { text: string };

export type BootKeyboardOptions = {
  layout: KeyboardLayout;
  /** Also end a line on Tab, for scanners configured with a Tab suffix. Enter always ends one. */
  endOnTab?: boolean;
  maxChars?: number;
};

const CTRL = 0x01 | 0x10;
const SHIFT = 0x02 | 0x20;
const ALT = 0x04 | 0x40;
const GUI = 0x08 | 0x80;

const ENTER = 0x28;
const KEYPAD_ENTER = 0x58;
const TAB = 0x2b;
const CAPS_LOCK = 0x39;
/** ErrorRollOver, POSTFail, ErrorUndefined: the report says nothing about which keys are down. */
const PHANTOM_STATE_MAX = 0x03;

/**
 * Lines typed by keyboard-mode readers and scanners, from 8-byte boot reports `[mods, 0, k1…k6]` (9 with a
 * report id). A press is a usage present now and absent from the previous report, so held keys, release
 * reports and modifier-only reports all work (node-hid #78, #228, #323). Ctrl/Alt/GUI chords are ignored,
 * except Alt+keypad digits, which type the character of their code on Alt release. A line ends at Enter
 * or, for scanners set to send none, at `endHeld` (the scanner fell silent, scan-gap.ts).
 */
export class BootKeyboardDecoder implements HeldFrameDecoder<TypedLine> {
  private held = new Set<number>();
  private modifiers = 0;
  private capsLock = false;
  private line = '';
  private spoiled: RejectReason | null = null;
  private altDigits = '';
  private readonly maxChars: number;

  constructor(private readonly options: BootKeyboardOptions) {
    this.maxChars = options.maxChars ?? MAX_LINE_BYTES;
  }

  push(report: Uint8Array): Decoded<TypedLine>[] {
    const boot = report.length === 9 ? report.subarray(1) : report;
    if (boot.length !== 8) return [reject('format', report)];
    const keys = [...boot.subarray(2)].filter((k) => k !== 0);
    if (keys.some((k) => k <= PHANTOM_STATE_MAX)) return [];

    const out: Decoded<TypedLine>[] = [];
    const mods = boot[0]!;
    if (this.modifiers & ALT && !(mods & ALT)) this.finishAltCode();
    for (const usage of keys) if (!this.held.has(usage)) this.press(usage, mods, out);
    this.held = new Set(keys);
    this.modifiers = mods;
    return out;
  }

  reset(): void {
    this.held = new Set();
    this.modifiers = 0;
    this.capsLock = false;
    this.clearLine();
  }

  holding(): boolean {
    return this.line !== '' || this.spoiled !== null || this.altDigits !== '';
  }

  endHeld(): Decoded<TypedLine>[] {
    const out: Decoded<TypedLine>[] = [];
    this.finishAltCode();
    this.endLine(out);
    return out;
  }

  private press(usage: number, mods: number, out: Decoded<TypedLine>[]): void {
    if (usage === CAPS_LOCK) {
      this.capsLock = !this.capsLock;
      return;
    }
    const digit = keypadDigit(usage);
    if (mods & ALT && !(mods & (CTRL | GUI)) && digit !== null) {
      this.altDigits += digit;
      return;
    }
    if (mods & (CTRL | ALT | GUI)) return;
    if (usage === ENTER || usage === KEYPAD_ENTER || (usage === TAB && this.options.endOnTab)) {
      this.endLine(out);
      return;
    }
    const shifted = Boolean(mods & SHIFT) !== (this.capsLock && isLetter(usage));
    const c = charOf(this.options.layout, usage, shifted);
    if (c !== null) this.type(c);
  }

  private finishAltCode(): void {
    if (this.altDigits === '') return;
    const c = altCodeChar(this.altDigits);
    this.altDigits = '';
    if (c === null) this.spoiled ??= 'format';
    else this.type(c);
  }

  private type(c: string): void {
    if (this.spoiled) return;
    if (this.line.length >= this.maxChars) {
      this.spoiled = 'overflow';
      return;
    }
    this.line += c;
  }

  private endLine(out: Decoded<TypedLine>[]): void {
    const { line, spoiled } = this;
    this.clearLine();
    const bytes = fromLatin1(line);
    if (spoiled) out.push(reject(spoiled, bytes));
    else if (line.length > 0) out.push({ kind: 'frame', frame: { text: line }, bytes });
  }

  private clearLine(): void {
    this.line = '';
    this.spoiled = null;
    this.altDigits = '';
  }
}
