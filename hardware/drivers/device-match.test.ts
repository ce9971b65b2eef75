import { describe, expect, it } from 'vitest';
import { describeMatch, idFromHex, matchesDevice } from './device-match.js';

const ch340 = { vendorId: 0x1a86, productId: 0x7523, serialNumber: null, usagePage: null };

describe('matchesDevice', () => {
  it('matches on every id the configuration names, never on an empty match', () => {
    expect(matchesDevice({ vendorId: 0x1a86, productId: 0x7523 }, ch340)).toBe(true);
    expect(matchesDevice({ vendorId: 0x1a86 }, ch340)).toBe(true);
    expect(matchesDevice({ vendorId: 0x1a86, serialNumber: 'A1' }, ch340)).toBe(false);
    expect(matchesDevice({ productId: 0x6001 }, ch340)).toBe(false);
    expect(matchesDevice({}, ch340)).toBe(false);
  });

  it('reads serialport’s hex strings and describes a match for people', () => {
    expect(idFromHex('1a86')).toBe(0x1a86);
    expect(idFromHex(undefined)).toBeNull();
    expect(idFromHex('zz')).toBeNull();
    expect(describeMatch({ vendorId: 0x1a86, productId: 0x7523, usagePage: 0x8c })).toBe(
      'vendor id 1a86, product id 7523, usage page 0x8c',
    );
  });
});
