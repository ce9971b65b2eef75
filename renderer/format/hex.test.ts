import { describe, expect, it } from 'vitest';
import { hexRows } from './hex.js';

describe('hex rows', () => {
  it('splits bytes into rows with offsets and shows control bytes as dots', () => {
    expect(hexRows('02 36 37 30 30 0D 0A 03', 4)).toEqual([
      { offset: '0000', hex: '02 36 37 30', text: '.670' },
      { offset: '0004', hex: '30 0D 0A 03', text: '0...' },
    ]);
  });

  it('reads hex with or without spaces, in either case', () => {
    expect(hexRows('4b440d')).toEqual([{ offset: '0000', hex: '4B 44 0D', text: 'KD.' }]);
    expect(hexRows('')).toEqual([]);
  });
});
