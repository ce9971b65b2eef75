import type { DeviceConfig } from '../../../domain/devices/device-config.js';

export type KeyboardLayout = DeviceConfig['layout'];

/** [unshifted, shifted] characters of one key usage (USB HID Usage Tables §10, keyboard page 0x07). */
type KeyChars = readonly [string, string];

const LETTERS_FIRST = 0x04;
const LETTERS_LAST = 0x1d;

function table(digitShifts: string, symbols: Record<number, KeyChars>): ReadonlyMap<number, KeyChars> {
  const keys = new Map<number, KeyChars>();
  for (let u = LETTERS_FIRST; u <= LETTERS_LAST; u++) {
    const c = String.fromCharCode(0x61 + u - LETTERS_FIRST);
    keys.set(u, [c, c.toUpperCase()]);
  }
  '1234567890'.split('').forEach((d, i) => keys.set(0x1e + i, [d, digitShifts[i]!]));
  for (const [usage, chars] of Object.entries(symbols)) keys.set(Number(usage), chars);
  // The keypad types the same on every layout; scanners assume NumLock is on (hardware.md §3).
  const keypad: Record<number, string> = { 0x54: '/', 0x55: '*', 0x56: '-', 0x57: '+', 0x62: '0', 0x63: '.' };
  for (let u = 0x59; u <= 0x61; u++) keypad[u] = String(u - 0x58);
  for (const [usage, c] of Object.entries(keypad)) keys.set(Number(usage), [c, c]);
  return keys;
}

const SHARED: Record<number, KeyChars> = {
  0x2c: [' ', ' '],
  0x2d: ['-', '_'],
  0x2e: ['=', '+'],
  0x2f: ['[', '{'],
  0x30: [']', '}'],
  0x33: [';', ':'],
  0x36: [',', '<'],
  0x37: ['.', '>'],
  0x38: ['/', '?'],
};

/**
 * US and UK differ on `"`, `@`, `#`, `£`, `~`, `\`, `|`, `¬` (hardware.md §3, from Rucky-KeyMap uk_english.md,
 * emutos keyb_uk.h and ZMK UK defines). Hosts type 0x31 and 0x32 alike, so both follow the layout's `#`/`\` key.
 */
const LAYOUTS: Record<KeyboardLayout, ReadonlyMap<number, KeyChars>> = {
  us: table('!@#$%^&*()', {
    ...SHARED,
    0x31: ['\\', '|'],
    0x32: ['\\', '|'],
    0x34: ["'", '"'],
    0x35: ['`', '~'],
    0x64: ['\\', '|'],
  }),
  uk: table('!"£$%^&*()', {
    ...SHARED,
    0x31: ['#', '~'],
    0x32: ['#', '~'],
    0x34: ["'", '@'],
    0x35: ['`', '¬'],
    0x64: ['\\', '|'],
  }),
};

export function isLetter(usage: number): boolean {
  return usage >= LETTERS_FIRST && usage <= LETTERS_LAST;
}

/** The keypad digits 1–9 and 0, which Alt-code sequences use. */
export function keypadDigit(usage: number): string | null {
  if (usage >= 0x59 && usage <= 0x61) return String(usage - 0x58);
  return usage === 0x62 ? '0' : null;
}

/** The character a key types on `layout`, or null for keys that type nothing (F-keys, arrows, Esc). */
export function charOf(layout: KeyboardLayout, usage: number, shifted: boolean): string | null {
  const chars = LAYOUTS[layout].get(usage);
  if (!chars) return null;
  return shifted ? chars[1] : chars[0];
}

/** The key that types `c` on `layout`, preferring the main block over the keypad; null if none does. */
export function keyOf(layout: KeyboardLayout, c: string): { usage: number; shifted: boolean } | null {
  for (const [usage, [plain, shifted]] of LAYOUTS[layout]) {
    if (plain === c) return { usage, shifted: false };
    if (shifted === c) return { usage, shifted: true };
  }
  return null;
}
