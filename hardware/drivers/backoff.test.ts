import { describe, expect, it } from 'vitest';
import { Backoff } from './backoff.js';

describe('Backoff', () => {
  it('doubles from 0.5 s to a 10 s cap', () => {
    const b = new Backoff();
    expect(Array.from({ length: 7 }, () => b.next())).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('starts again from 0.5 s after a connection that stayed up, not after one that dropped at once', () => {
    const b = new Backoff({ stableMs: 60_000 });
    b.next();
    b.next();
    b.connected(0);
    b.lost(1000);
    expect(b.next()).toBe(2000);
    b.connected(10_000);
    b.lost(70_000);
    expect(b.next()).toBe(500);
  });
});
