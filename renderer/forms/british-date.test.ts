import { describe, expect, it } from 'vitest';
import { britishToIso, isoToBritish } from './british-date.js';

describe('British dates in forms', () => {
  it('shows an ISO date as day/month/year', () => {
    expect(isoToBritish('2026-07-03')).toBe('03/07/2026');
    expect(isoToBritish(null)).toBe('');
  });

  it('reads day/month/year, with or without leading zeros, as an ISO date', () => {
    expect(britishToIso('3/7/2026')).toBe('2026-07-03');
    expect(britishToIso(' 20.07.2026 ')).toBe('2026-07-20');
    expect(britishToIso('')).toBeNull();
  });

  it('refuses what is not day, month and year', () => {
    for (const text of ['2026-07-20', '20/07/26', 'July 2026', '20/07'])
      expect(britishToIso(text)).toBeUndefined();
  });
});
