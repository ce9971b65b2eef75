import { toHex } from '../bytes/hex.js';

const compactHex = (bytes: Uint8Array): string => toHex(bytes).replaceAll(' ', '');
const decimal = (bytes: Uint8Array): string =>
  bytes.length === 0 ? '0' : BigInt(`0x${compactHex(bytes)}`).toString();

/** The canonical UID: hex, most significant byte first, as anticollision returns it (hardware.md §11). */
export function uidCanonical(uid: Uint8Array): string {
  return compactHex(uid);
}

/**
 * The forms keyboard-mode NFC readers and card printers use (hardware.md §2.3: "hex or decimal, normal or
 * reversed byte order"): decimal, byte-reversed decimal and byte-reversed hex; for 4-byte UIDs also the
 * 10-digit zero-padded decimals those readers type.
 */
export function uidAliases(uid: Uint8Array): string[] {
  const reversed = Uint8Array.from(uid).reverse();
  const forms = [decimal(uid), decimal(reversed), compactHex(reversed)];
  if (uid.length === 4) forms.push(decimal(uid).padStart(10, '0'), decimal(reversed).padStart(10, '0'));
  const canonical = uidCanonical(uid);
  return [...new Set(forms)].filter((f) => f !== canonical);
}
