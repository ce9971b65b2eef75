import { describe, expect, it } from 'vitest';
import { dateCell } from './cells.js';
import { placeColumns, Problems, readRows } from './import-columns.js';

describe('the columns of an import', () => {
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
