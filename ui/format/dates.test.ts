import { describe, expect, it } from 'vitest';
import { formatClock, formatDue, formatLongDate, formatShortDateTime, formatTime } from './dates.js';

const london = { timeZone: 'Europe/London' };

describe('en-GB dates', () => {
  it('writes a due date as the time on the wall, then the full date', () => {
    expect(formatDue('2026-11-25T16:00:00.000Z', london)).toBe('16:00 on Wednesday 25 November 2026');
  });

  it('follows British Summer Time', () => {
    expect(formatTime('2026-07-01T15:30:00.000Z', london)).toBe('16:30');
    expect(formatLongDate('2026-07-01T23:30:00.000Z', london)).toBe('Thursday 2 July 2026');
  });

  it('uses the 24-hour clock and day-month order in short forms', () => {
    expect(formatShortDateTime('2026-03-03T09:05:00.000Z', london)).toBe('Tue 3 Mar, 09:05');
    expect(formatClock(Date.parse('2026-03-03T21:05:07.042Z'), london)).toBe('21:05:07.042');
  });
});
