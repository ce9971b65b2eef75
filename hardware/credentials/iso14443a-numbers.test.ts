import { describe, expect, it } from 'vitest';
import { parseHex } from '../bytes/hex.js';
import { uidAliases, uidCanonical } from './iso14443a-numbers.js';

describe('ISO 14443A UID numbers', () => {
  it('gives hex MSB first and the decimal / reversed forms of the PN532 example UID 901F2AA4', () => {
    // Source: hardware.md §2.1 step 4 (UID 901F2AA4); 0x901F2AA4 = 2417961636, 0xA42A1F90 = 2754224016.
    const uid = parseHex('90 1F 2A A4');
    expect(uidCanonical(uid)).toBe('901F2AA4');
    expect(uidAliases(uid)).toEqual(['2417961636', '2754224016', 'A42A1F90']);
  });

  it('pads 4-byte decimals to the 10 digits keyboard readers type', () => {
    const uid = parseHex('00 00 01 02');
    expect(uidAliases(uid)).toEqual(['258', '33619968', '02010000', '0000000258', '0033619968']);
  });

  it('handles 7-byte UIDs beyond 2^53 exactly', () => {
    // Source: hardware.md §2.1 step 5, UID 04 7B CB 51 96 22 80.
    const uid = parseHex('04 7B CB 51 96 22 80');
    expect(uidCanonical(uid)).toBe('047BCB51962280');
    expect(uidAliases(uid)).toEqual([
      BigInt('0x047BCB51962280').toString(),
      BigInt('0x80229651CB7B04').toString(),
      '80229651CB7B04',
    ]);
  });
});
