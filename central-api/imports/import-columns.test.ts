import { describe, expect, it } from 'vitest';
import { dateCell } from './cells.js';
import { LISTED_PROBLEMS, placeColumns, Problems, readRows, type RowValues } from './import-columns.js';

describe('the columns of an import', () => {
  it('in a column that also has US-order dates, refuses the day/month dates that could be either', async () => {
    const problems = new Problems();
    const columns = [{ field: 'when' as const, headers: ['when'] as [string], parse: dateCell }];
    const table = {
      header: { line: 1, cells: ['when'] },
      rowCount: 3,
      malformed: false,
      batches: (async function* () {
        yield [
          { line: 2, cells: ['03/04/2024'] },
          { line: 3, cells: ['13/04/2024'] },
        ];
        yield [{ line: 4, cells: ['12/25/2024'] }];
      })(),
    };
    const rows: RowValues<'when'>[] = [];
    const lateFaults = await readRows(table, placeColumns(table.header, columns, problems), problems, (r) =>
      rows.push(r),
    );
    expect(problems.sorted().map((p) => [p.line, p.code])).toEqual([
      [2, 'ambiguous_date'],
      [4, 'bad_date'],
    ]);
    expect(problems.sorted()[0]?.message).toContain('line 4');
    expect(rows.map((r) => r.faulty || lateFaults.has(r.line))).toEqual([true, false, true]);
  });

  it('lists the first problems by line, however many are found and in whatever order, and counts them all', () => {
    const problems = new Problems();
    const found = 5 * LISTED_PROBLEMS + 7;
    // Later checks find problems of earlier lines: the list still keeps the lowest lines.
    for (let i = found; i >= 1; i--) problems.add(i + 1, null, 'invalid', `Line ${i + 1} is wrong.`);
    problems.add(2, 'name', 'required', 'The name is required: fill it in.');
    expect(problems.count).toBe(found + 1);
    const listed = problems.sorted();
    expect(listed).toHaveLength(LISTED_PROBLEMS);
    expect(listed.slice(0, 3).map((p) => [p.line, p.code])).toEqual([
      [2, 'invalid'],
      [2, 'required'],
      [3, 'invalid'],
    ]);
    expect(listed.at(-1)?.line).toBe(LISTED_PROBLEMS);
  });
});
