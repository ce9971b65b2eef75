/**
 * The numbers an EM4100 card is known by (hardware.md §1.5; "there is no standard", Suprema BioStar2).
 * `hex10` is the 40-bit id `VV DDDDDDDD`: a version/customer byte and 32 data bits.
 */

/** The printed 10-digit number: the low 32 bits in decimal, zero-padded (Seabreeze/Sintronic). */
export function em4100Decimal10(hex10: string): string {
  return Number.parseInt(hex10.slice(2), 16).toString().padStart(10, '0');
}

/**
 * The Wiegand-26 form `fff,ccccc`: facility = bits 23..16, card = bits 15..0. It keeps only 24 bits, so two
 * cards can share it and it cannot be turned back into the 10-digit number.
 */
export function em4100Wiegand26(hex10: string): string {
  const low24 = Number.parseInt(hex10.slice(4), 16);
  const facility = (low24 >> 16) & 0xff;
  const card = low24 & 0xffff;
  return `${facility.toString().padStart(3, '0')},${card.toString().padStart(5, '0')}`;
}

/** All 40 bits in decimal, as node-rdm6300 and some access-control software show them. */
export function em4100Decimal40(hex10: string): string {
  return BigInt(`0x${hex10}`).toString();
}

export function em4100Aliases(hex10: string): string[] {
  return [em4100Decimal10(hex10), em4100Wiegand26(hex10), em4100Decimal40(hex10)];
}

/** The W26 form of a typed 10-digit number, when it fits in 32 bits (keyboard-mode 125 kHz readers). */
export function wiegand26OfDecimal10(text: string): string | null {
  if (!/^\d{10}$/.test(text)) return null;
  const n = Number(text);
  if (n > 0xffffffff) return null;
  return em4100Wiegand26(n.toString(16).toUpperCase().padStart(10, '0'));
}
