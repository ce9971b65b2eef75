import { describe, expect, it } from 'vitest';
import { PresenceTracker } from './presence-tracker.js';

describe('PresenceTracker', () => {
  it('makes one tap of a card that repeats every 100 ms for two seconds, then reports it gone', () => {
    const p = new PresenceTracker(500);
    const taps = [];
    for (let t = 0; t <= 2000; t += 100) taps.push(p.observe('67003B51C6', t).tap);
    expect(taps.filter(Boolean)).toHaveLength(1);
    expect(p.deadline()).toBe(2500);
    expect(p.expire(2499)).toBeNull();
    expect(p.expire(2500)).toBe('67003B51C6');
    expect(p.deadline()).toBeNull();
  });

  it('counts a new tap of the same card after it left, and a different card at once', () => {
    const p = new PresenceTracker(500);
    expect(p.observe('A', 0)).toEqual({ tap: true, left: null });
    expect(p.observe('A', 600)).toEqual({ tap: true, left: 'A' });
    expect(p.observe('B', 700)).toEqual({ tap: true, left: 'A' });
    expect(p.observe('B', 800)).toEqual({ tap: false, left: null });
  });
});
