import { describe, expect, it } from 'vitest';
import { meetsFloor, percentile, summarise } from './harness.js';

describe('bench harness', () => {
  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(summarise([5, 1, 3])).toEqual({ median: 3, p95: 5, p99: 5 });
  });

  it('judges floors in the right direction', () => {
    expect(meetsFloor({ name: 'x', value: 10, unit: 'ms', floor: 5, better: 'lower' })).toBe(false);
    expect(meetsFloor({ name: 'x', value: 600, unit: '/s', floor: 500, better: 'higher' })).toBe(true);
    expect(meetsFloor({ name: 'x', value: 1, unit: '/s', floor: null, better: 'higher' })).toBeNull();
  });
});
