/** GS1 mod-10 check digit of the digits before it: weights 3,1 from the right (EAN/UPC/ITF-14/SSCC). */
export function gs1Mod10(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const digit = payload.charCodeAt(payload.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether the last digit of an all-digit string is its GS1 mod-10 check digit. */
export function hasValidGs1CheckDigit(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return gs1Mod10(digits.slice(0, -1)) === Number(digits.at(-1));
}

const CODE39_CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%';

/** Code 39 mod-43 check character of `payload`, or null if it holds characters Code 39 cannot encode. */
export function code39Mod43(payload: string): string | null {
  let sum = 0;
  for (const c of payload) {
    const value = CODE39_CHARSET.indexOf(c);
    if (value < 0) return null;
    sum += value;
  }
  return CODE39_CHARSET[sum % 43]!;
}

/**
 * UPC-E (8 digits: number system, 6 data, check) expanded to its UPC-A, whose check digit it carries.
 * Returns null for a number system other than 0 or 1.
 */
export function expandUpcE(upcE: string): string | null {
  if (!/^[01]\d{7}$/.test(upcE)) return null;
  const ns = upcE[0]!;
  const d = upcE.slice(1, 7);
  const check = upcE[7]!;
  const last = d[5]!;
  let body: string;
  if (last === '0' || last === '1' || last === '2') body = `${d.slice(0, 2)}${last}0000${d.slice(2, 5)}`;
  else if (last === '3') body = `${d.slice(0, 3)}00000${d.slice(3, 5)}`;
  else if (last === '4') body = `${d.slice(0, 4)}00000${d[4]}`;
  else body = `${d.slice(0, 5)}0000${last}`;
  return `${ns}${body}${check}`;
}
