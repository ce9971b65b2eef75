import { describe, expect, it } from 'vitest';
import { isoToBritish, parseBritishDate } from './british-date.js';

describe('British dates', () => {
  it.each([
    ['2024-12-25', '2024-12-25'],
    ['25/12/2024', '2024-12-25'],
    ['5/1/2024', '2024-01-05'],
    ['05.01.2024', '2024-01-05'],
    ['29-02-2024', '2024-02-29'],
    ['3 April 2024', '2024-04-03'],
    ['3 Sept 2024', '2024-09-03'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseBritishDate(text)).toMatchObject({ ok: true, iso });
  });

  it.each([
    ['03/04/24', 'ambiguous_date', /two-digit year/],
    ['12/25/2024', 'bad_date', /US order/],
    ['29/02/2023', 'bad_date', /not a date in the calendar/],
    ['2024-02-30', 'bad_date', /not a date in the calendar/],
    ['2024/03/04', 'bad_date', /not a date I can read/],
    ['45321', 'bad_date', /not a date I can read/],
    ['3 Smarch 2024', 'bad_date', /not a date I can read/],
    ['20/07', 'bad_date', /not a date I can read/],
  ])('refuses %s (%s)', (text, code, message) => {
    const d = parseBritishDate(text);
    expect(d).toMatchObject({ ok: false, code });
    expect(d.ok ? '' : d.message).toMatch(message);
  });

  it('marks a day/month date that swaps into another date, so a US column can flag it', () => {
    expect(parseBritishDate('03/04/2024')).toMatchObject({ ok: true, swappable: true });
    expect(parseBritishDate('04/04/2024')).toMatchObject({ ok: true, swappable: false });
    expect(parseBritishDate('13/04/2024')).toMatchObject({ ok: true, swappable: false });
  });

  it('shows a stored date as day/month/year', () => {
    expect(isoToBritish('2026-07-03')).toBe('03/07/2026');
    expect(isoToBritish(null)).toBe('');
  });
});
