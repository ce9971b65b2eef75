import { describe, expect, it } from 'vitest';
import { code39Mod43, expandUpcE, gs1Mod10, hasValidGs1CheckDigit } from './check-digits.js';

describe('check digits', () => {
  it('computes GS1 mod 10 for the examples of hardware.md §5', () => {
    // Sources: hardware.md §5 (GS1 General Specifications §7.9 examples; the EAN-13 of node-hid #323).
    expect(gs1Mod10('590123412345')).toBe(7);
    expect(gs1Mod10('695784220885')).toBe(6);
    expect(gs1Mod10('890104296034')).toBe(0);
    expect(hasValidGs1CheckDigit('96385074')).toBe(true);
    expect(hasValidGs1CheckDigit('6957842208856')).toBe(true);
    expect(hasValidGs1CheckDigit('6957842208857')).toBe(false);
    expect(hasValidGs1CheckDigit('69578422088a6')).toBe(false);
  });

  it('computes Code 39 mod 43: 159AZ → H', () => {
    // Source: hardware.md §5 (1+5+9+10+35 = 60, 60 mod 43 = 17 = H).
    expect(code39Mod43('159AZ')).toBe('H');
    expect(code39Mod43('KD-00042')).toBe('W'); // 20+13+36+0+0+0+4+2 = 75, 75 mod 43 = 32
    expect(code39Mod43('lower')).toBeNull();
  });

  it('expands UPC-E to UPC-A so its check digit can be verified', () => {
    // Source: the UPC-E zero-suppression rules, with the worked examples of Wikipedia's "Universal Product Code" (UPC-E).
    expect(expandUpcE('04252614')).toBe('042100005264');
    expect(hasValidGs1CheckDigit(expandUpcE('04252614')!)).toBe(true);
    expect(expandUpcE('01234565')).toBe('012345000065');
    expect(expandUpcE('21234565')).toBeNull();
  });
});
