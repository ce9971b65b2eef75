import { describe, expect, it } from 'vitest';
import { compileAssetTagPattern } from './asset-tag-pattern.js';
import { readBarcode } from './barcode-checks.js';

const none = { assetTagPattern: null };

describe('readBarcode', () => {
  it('strips the AIM prefix into the symbology', () => {
    expect(readBarcode(']C0KD-00042', null, none)).toEqual({
      ok: true,
      canonical: 'KD-00042',
      aliases: [],
      symbology: ']C0',
    });
    expect(readBarcode('KD-00042', null, none)).toMatchObject({
      ok: true,
      canonical: 'KD-00042',
      symbology: null,
    });
  });

  it('takes the AIM id of a HID POS report instead of a prefix', () => {
    expect(readBarcode('6957842208856', ']E0', none)).toMatchObject({ ok: true, symbology: ']E0' });
  });

  it('verifies EAN-13, UPC-A, UPC-E and EAN-8 check digits', () => {
    // Sources: node-hid #323 (EAN-13 6957842208856); hardware.md §5 (96385074, 890104296034→0, 590123412345→7).
    expect(readBarcode(']E06957842208856', null, none)).toMatchObject({ ok: true });
    expect(readBarcode(']E06957842208855', null, none)).toMatchObject({ ok: false, reason: 'check_digit' });
    expect(readBarcode(']E05901234123457', null, none)).toMatchObject({ ok: true });
    expect(readBarcode(']E08901042960340', null, none)).toMatchObject({ ok: true });
    expect(readBarcode(']E004252614', null, none)).toMatchObject({ ok: true });
    expect(readBarcode(']E496385074', null, none)).toMatchObject({ ok: true });
    expect(readBarcode(']E496385075', null, none)).toMatchObject({ ok: false, reason: 'check_digit' });
    expect(readBarcode(']E0ABC', null, none)).toMatchObject({ ok: false, reason: 'format' });
  });

  it('verifies ITF-14 when the scanner transmits the check digit (]I1) and not when it strips it (]I3)', () => {
    expect(readBarcode(']I115901234123454', null, none)).toMatchObject({ ok: true });
    expect(readBarcode(']I115901234123455', null, none)).toMatchObject({ ok: false, reason: 'check_digit' });
    expect(readBarcode(']I31590123412345', null, none)).toMatchObject({ ok: true });
  });

  it('verifies Code 39 mod 43 on ]A1 and keeps the label without its check character', () => {
    // Source: hardware.md §5, 159AZ → H; Honeywell 8650 manual for the ]A modifiers.
    expect(readBarcode(']A1159AZH', null, none)).toEqual({
      ok: true,
      canonical: '159AZ',
      aliases: ['159AZH'],
      symbology: ']A1',
    });
    expect(readBarcode(']A1159AZJ', null, none)).toMatchObject({ ok: false, reason: 'check_digit' });
    expect(readBarcode(']A0159AZJ', null, none)).toMatchObject({ ok: true, canonical: '159AZJ' });
  });

  it('splits GS1-128 on GS, checks the GTIN and offers the printed form as an alias', () => {
    expect(readBarcode(']C10109501101530003\x1d21ABC', null, none)).toEqual({
      ok: true,
      canonical: '0109501101530003\x1d21ABC',
      aliases: ['(01)09501101530003(21)ABC'],
      symbology: ']C1',
    });
    expect(readBarcode(']C10109501101530004', null, none)).toMatchObject({
      ok: false,
      reason: 'check_digit',
    });
    expect(readBarcode(']d2KD-1', null, none)).toMatchObject({ ok: false, reason: 'format' });
  });

  it("checks item labels against the site's asset tag pattern", () => {
    const rules = { assetTagPattern: compileAssetTagPattern('^KD-\\d{5}$') };
    expect(readBarcode(']C0KD-00042', null, rules)).toMatchObject({ ok: true, canonical: 'KD-00042' });
    expect(readBarcode(']E06957842208856', null, rules)).toMatchObject({ ok: false, reason: 'pattern' });
  });

  it('refuses an empty scan, an over-long one and a pattern that is not a regular expression', () => {
    expect(readBarcode(']C0', null, none)).toMatchObject({ ok: false, reason: 'format' });
    expect(readBarcode('X'.repeat(513), null, none)).toMatchObject({ ok: false, reason: 'overflow' });
    expect(() => compileAssetTagPattern('^KD-(')).toThrow(/not a valid regular expression/);
    expect(compileAssetTagPattern('  ')).toBeNull();
  });
});
