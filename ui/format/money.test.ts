import { describe, expect, it } from 'vitest';
import { formatPence, penceToPoundsText, poundsTextToPence } from './money.js';

describe('money', () => {
  it('shows whole pence as pounds with a thousands separator', () => {
    expect(formatPence(150_000)).toBe('£1,500.00');
    expect(formatPence(65_050)).toBe('£650.50');
    expect(formatPence(0)).toBe('£0.00');
  });

  it('puts pence into a pounds field with two decimals, and nothing for no value', () => {
    expect(penceToPoundsText(65_050)).toBe('650.50');
    expect(penceToPoundsText(7)).toBe('0.07');
    expect(penceToPoundsText(null)).toBe('');
  });

  it('reads pounds as typed into whole pence, without floating-point drift', () => {
    expect(poundsTextToPence('650.5')).toBe(65_050);
    expect(poundsTextToPence(' £1,500 ')).toBe(150_000);
    expect(poundsTextToPence('0.29')).toBe(29);
    expect(poundsTextToPence('12.05')).toBe(1205);
    expect(poundsTextToPence('')).toBeNull();
  });

  it('refuses what is not an amount of money', () => {
    for (const text of ['abc', '-5', '1.234', '1.2.3', '£']) expect(poundsTextToPence(text)).toBeUndefined();
  });

  it('round-trips pence through the field', () => {
    for (const pence of [0, 1, 99, 100, 65_050, 123_456_789])
      expect(poundsTextToPence(penceToPoundsText(pence))).toBe(pence);
  });
});
