import { KitdeskError } from '../../domain/errors.js';

/** Upper-case hex pairs separated by spaces, the form technicians compare with datasheets. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    if (out.length > 0) out += ' ';
    out += b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/**
 * Reads hex as people paste it: pairs with or without spaces, commas, colons or `0x` prefixes
 * ("02 36 37", "023637", "0x02,0x36").
 */
export function parseHex(text: string): Uint8Array {
  const digits = text.replace(/0x/gi, '').replace(/[\s,:;-]/g, '');
  if (!/^[0-9a-fA-F]*$/.test(digits)) {
    throw new KitdeskError(
      'validation_failed',
      `"${text}" is not hex: use pairs of 0-9 and A-F, e.g. "02 36 37".`,
    );
  }
  if (digits.length % 2 !== 0) {
    throw new KitdeskError(
      'validation_failed',
      `"${text}" has an odd number of hex digits: every byte needs two.`,
    );
  }
  const out = new Uint8Array(digits.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Bytes as latin1 text: every byte maps to one character, so nothing is lost or merged. */
export function latin1(bytes: Uint8Array | readonly number[]): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

export function fromLatin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
