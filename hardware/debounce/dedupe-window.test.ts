import { describe, expect, it } from 'vitest';
import { DedupeWindow } from './dedupe-window.js';

describe('DedupeWindow', () => {
  it('suppresses the same credential within the window and accepts it after', () => {
    const d = new DedupeWindow(1500);
    expect(d.admit('KD-1', 0)).toBe(true);
    expect(d.admit('KD-1', 1000)).toBe(false);
    expect(d.admit('KD-1', 1499)).toBe(false);
    expect(d.admit('KD-1', 1500)).toBe(true);
  });

  it('accepts a different credential at once', () => {
    const d = new DedupeWindow(1500);
    expect(d.admit('KD-1', 0)).toBe(true);
    expect(d.admit('KD-2', 10)).toBe(true);
    expect(d.admit('KD-1', 20)).toBe(false);
  });

  it('lets everything through with a zero window', () => {
    const d = new DedupeWindow(0);
    expect([d.admit('A', 0), d.admit('A', 0)]).toEqual([true, true]);
  });
});
