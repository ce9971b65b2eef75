import { describe, expect, it } from 'vitest';
import { dateCell } from './cells.js';
import { parseDateCell } from './dates.js';
import { placeColumns, Problems, readRows } from './import-columns.js';

describe('dates in an import', () => {
  it.each([
    ['2024-12-25', '2024-12-25'],
    ['25/12/2024', '2024-12-25'],
    ['5/1/2024', '2024-01-05'],
    ['05.01.2024', '2024-01-05'],
    ['29-02-2024', '2024-02-29'],
    ['3 April 2024', '2024-04-03'],
    ['3 Sept 2024', '2024-09-03'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDateCell(text)).toMatchObject({ ok: true, iso });
  });

  it.each([
    ['03/04/24', 'ambiguous_date', /two-digit year/],
    ['12/25/2024', 'bad_date', /US order/],
    ['29/02/2023', 'bad_date', /not a date in the calendar/],
    ['2024-02-30', 'bad_date', /not a date in the calendar/],
    ['2024/03/04', 'bad_date', /not a date I can read/],
    ['45321', 'bad_date', /not a date I can read/],
    ['3 Smarch 2024', 'bad_date', /not a date I can read/],
  ])('refuses %s (%s)', (text, code, message) => {
    const d = parseDateCell(text);
    expect(d).toMatchObject({ ok: false, code });
    expect(d.ok ? '' : d.message).toMatch(message);
  });

  it('marks a day/month date that swaps into another date, so a US column can flag it', () => {
    expect(parseDateCell('03/04/2024')).toMatchObject({ ok: true, swappable: true });
    expect(parseDateCell('04/04/2024')).toMatchObject({ ok: true, swappable: false });
    expect(parseDateCell('13/04/2024')).toMatchObject({ ok: true, swappable: false });
  });

  it('in a column that also has US-order dates, refuses the day/month dates that could be either', () => {
    const problems = new Problems();
    const columns = [{ field: 'when' as const, headers: ['when'] as [string], parse: dateCell }];
    const table = {
      header: { line: 1, cells: ['when'] },
      rows: [
        { line: 2, cells: ['03/04/2024'] },
        { line: 3, cells: ['13/04/2024'] },
        { line: 4, cells: ['12/25/2024'] },
      ],
    };
    const rows = readRows(table, placeColumns(table.header, columns, problems), problems);
    expect(problems.sorted().map((p) => [p.line, p.code])).toEqual([
      [2, 'ambiguous_date'],
      [4, 'bad_date'],
    ]);
    expect(problems.sorted()[0]?.message).toContain('line 4');
    expect(rows.map((r) => r.faulty)).toEqual([true, false, true]);
  });
});
