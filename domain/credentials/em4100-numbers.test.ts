import { describe, expect, it } from 'vitest';
import {
  em4100Aliases,
  em4100Decimal10,
  em4100Decimal40,
  em4100Wiegand26,
  wiegand26OfDecimal10,
} from './em4100-numbers.js';

describe('EM4100 numbers', () => {
  it('gives the printed 10-digit number and W26 form of the Seabreeze/Sintronic example', () => {
    // Source: hardware.md §1.5, "0013961168 ⇔ 00 D5 07 D0" → "213,02000".
    expect(em4100Decimal10('0000D507D0')).toBe('0013961168');
    expect(em4100Wiegand26('0000D507D0')).toBe('213,02000');
  });

  it('gives the 40-bit decimal of the Suprema BioStar2 example', () => {
    // Source: hardware.md §1.5, Suprema BioStar2 article: 4B00423C15 → 322126887957.
    expect(em4100Decimal40('4B00423C15')).toBe('322126887957');
  });

  it('gives the W26 of the keypad-manual Wiegand example 0x64EB13 = 0006613779 = 100,60179', () => {
    // Source: hardware.md §1.5 (sygonix/AEI keypad manual).
    expect(em4100Decimal10('000064EB13')).toBe('0006613779');
    expect(em4100Wiegand26('000064EB13')).toBe('100,60179');
    expect(wiegand26OfDecimal10('0006613779')).toBe('100,60179');
  });

  it('lists the aliases the issue names for 67003B51C6', () => {
    // Source: the kitdesk-hw decode example; card from python-rdm6300 test_reader.py.
    expect(em4100Aliases('67003B51C6')).toEqual(['0003887558', '059,20934', '442385519046']);
  });

  it('gives the 10-digit number of the keyboard-reader capture 0004981422 = 0x004C02AE', () => {
    // Source: node-hid #78 capture, hardware.md §2.3.
    expect(em4100Decimal10('00004C02AE')).toBe('0004981422');
  });

  it('refuses typed numbers that are not 10 digits or do not fit 32 bits', () => {
    expect(wiegand26OfDecimal10('123')).toBeNull();
    expect(wiegand26OfDecimal10('9999999999')).toBeNull();
  });
});
