import { KitdeskError } from '../../domain/errors.js';
import { concatBytes, fromLatin1, parseHex } from '../bytes/hex.js';
import { em4100Checksum } from '../decoders/em4100-ascii-decoder.js';
import { keyOf, type KeyboardLayout } from '../decoders/hid-keyboard/keyboard-layouts.js';
import { PN532_ACK, TFI_PN532_TO_HOST, encodePn532Frame } from '../decoders/pn532/pn532-frame.js';
import type { LineSuffix } from '../decoders/line-decoder.js';

/**
 * The bytes real devices send, so simulated devices, tests and benchmarks exercise the same decoders as
 * hardware does.
 */

const HEX10 = /^[0-9A-F]{10}$/;

function checkedHex10(hex10: string): string {
  const id = hex10.toUpperCase();
  if (!HEX10.test(id)) {
    throw new KitdeskError('validation_failed', `"${hex10}" is not an EM4100 id: it needs 10 hex digits.`);
  }
  return id;
}

function checksummed(hex10: string): string {
  const id = checkedHex10(hex10);
  return id + em4100Checksum(id).toString(16).toUpperCase().padStart(2, '0');
}

/** `STX 10hex 2hex ETX`, as an RDM6300 repeats it while a card is in the field. */
export function rdm6300Frame(hex10: string): Uint8Array {
  return fromLatin1(`\x02${checksummed(hex10)}\x03`);
}

/** `STX 10hex 2hex CR LF ETX`, as an ID-12LA sends it once per tag presentation. */
export function id12laFrame(hex10: string): Uint8Array {
  return fromLatin1(`\x02${checksummed(hex10)}\r\n\x03`);
}

/** `LF 10hex CR`, the Parallax frame. */
export function parallaxFrame(hex10: string): Uint8Array {
  return fromLatin1(`\n${checkedHex10(hex10)}\r`);
}

const UID_LENGTHS = [4, 7, 10];

/** ACK then the InListPassiveTarget answer for one ISO 14443A card with `uidHex` (4, 7 or 10 bytes). */
export function pn532TargetResponse(uidHex: string): Uint8Array {
  const uid = parseHex(uidHex);
  if (!UID_LENGTHS.includes(uid.length)) {
    throw new KitdeskError(
      'validation_failed',
      `"${uidHex}" is not an ISO 14443A UID: it needs 4, 7 or 10 bytes.`,
    );
  }
  // ATQA/SAK of a MIFARE Classic 1K for 4-byte UIDs and of an NTAG for longer ones (hardware.md §2.1).
  const [atqa, sak] = uid.length === 4 ? [[0x00, 0x04], 0x08] : [[0x00, 0x44], 0x00];
  const answer = encodePn532Frame(TFI_PN532_TO_HOST, [0x4b, 0x01, 0x01, ...atqa, sak, uid.length, ...uid]);
  return concatBytes([PN532_ACK, answer]);
}

const SUFFIX_BYTES: Record<LineSuffix, string> = { cr: '\r', crlf: '\r\n', lf: '\n', tab: '\t' };

export function scannerLine(text: string, suffix: LineSuffix): Uint8Array {
  return fromLatin1(text + SUFFIX_BYTES[suffix]);
}

const SHIFT = 0x02;
const LEFT_ALT = 0x04;
const ENTER = 0x28;
const KEYPAD_ZERO = 0x62;

const bootReport = (modifiers: number, usage = 0): Uint8Array =>
  Uint8Array.of(modifiers, 0, usage, 0, 0, 0, 0, 0);

/** A keypad digit's usage: 1–9 are 0x59–0x61, 0 is 0x62. */
const keypadUsage = (digit: number): number => (digit === 0 ? KEYPAD_ZERO : 0x58 + digit);

/**
 * Boot-keyboard reports typing `text` then Enter (unless the scanner is set to send no suffix), press and
 * release per character as scanners do. A character the layout has no key for (GS, say) is typed as
 * Alt+0nnn, the way scanners send it.
 */
export function keyboardReports(
  text: string,
  layout: KeyboardLayout,
  suffix: 'enter' | 'none' = 'enter',
): Uint8Array[] {
  const reports: Uint8Array[] = [];
  for (const c of text) {
    const key = keyOf(layout, c);
    if (key) {
      reports.push(bootReport(key.shifted ? SHIFT : 0, key.usage), bootReport(0));
      continue;
    }
    const code = c.charCodeAt(0);
    if (code > 0xff) {
      throw new KitdeskError('validation_failed', `"${c}" cannot be typed by a keyboard-mode scanner.`);
    }
    for (const d of `0${code.toString().padStart(3, '0')}`)
      reports.push(bootReport(LEFT_ALT, keypadUsage(Number(d))));
    reports.push(bootReport(LEFT_ALT), bootReport(0));
  }
  if (suffix === 'enter') reports.push(bootReport(0, ENTER), bootReport(0));
  return reports;
}

const HID_POS_DATA_BYTES = 56;

/** 64-byte HID POS scanned-data reports for `data`, split every 56 bytes with the continuation flag. */
export function hidPosReports(data: string, aim: string | null, codeId = '\0'): Uint8Array[] {
  const bytes = fromLatin1(data);
  const reports: Uint8Array[] = [];
  for (let at = 0; at === 0 || at < bytes.length; at += HID_POS_DATA_BYTES) {
    const part = bytes.subarray(at, at + HID_POS_DATA_BYTES);
    const r = new Uint8Array(64);
    r[0] = 0x02;
    r[1] = part.length;
    if (aim !== null) r.set(fromLatin1(aim.slice(0, 3)), 2);
    r.set(part, 5);
    r[61] = codeId.charCodeAt(0) & 0xff;
    r[63] = at + HID_POS_DATA_BYTES < bytes.length ? 1 : 0;
    reports.push(r);
  }
  return reports;
}
