import { describe, expect, it } from 'vitest';
import { borrowLabel, count, lateness, tagsOfLookalikes } from './wording.js';

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

  it('counts what a loan takes out on its button, accessories apart, and asks to finish a kit first', () => {
    expect(borrowLabel({ items: 0, accessories: 0 }, false)).toBe('Scan an item to borrow');
    expect(borrowLabel({ items: 1, accessories: 0 }, false)).toBe('Borrow 1 item');
    expect(borrowLabel({ items: 3, accessories: 2 }, false)).toBe('Borrow 3 items and 2 accessories');
    expect(borrowLabel({ items: 1, accessories: 1 }, false)).toBe('Borrow 1 item and 1 accessory');
    expect(borrowLabel({ items: 1, accessories: 0 }, true)).toBe('Finish the kit to borrow');
  });

  it('gives the label of a line only where another line shares its name', () => {
    const lines = [
      { name: 'Zoom H5', tag: 'KD-1' },
      { name: 'Zoom H5', tag: 'KD-2' },
      { name: 'Tripod', tag: 'KD-3' },
    ];
    const tagOf = tagsOfLookalikes(lines);
    expect(lines.map(tagOf)).toEqual(['KD-1', 'KD-2', null]);
  });
});
