import { describe, expect, it } from 'vitest';
import { count, lateness } from './wording.js';

describe('wording', () => {
  it('counts in the singular and the plural', () => {
    expect(count(1, 'item')).toBe('1 item');
    expect(count(3, 'item')).toBe('3 items');
    expect(count(2, 'accessory', 'accessories')).toBe('2 accessories');
  });

  it('says how late a return is', () => {
    expect(lateness(0)).toBe('On time');
    expect(lateness(1)).toBe('1 day late');
    expect(lateness(12)).toBe('12 days late');
  });
});
