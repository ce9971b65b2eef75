import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvRow } from './csv-table.js';
import { Problems } from './import-columns.js';

/** The file in small pieces, as an upload arrives. */
const upload = (text: string) =>
  Readable.from(
    text.match(/[\s\S]{1,7}/g)!.map((piece) => Buffer.from(piece)),
    { objectMode: false },
  );

async function rowsOf(text: string) {
  const problems = new Problems();
  const table = await readCsv(upload(text), problems);
  const rows: CsvRow[] = [];
  let batches = 0;
  for await (const batch of table!.batches) {
    batches++;
    rows.push(...batch);
  }
  return { table: table!, rows, batches, problems };
}

describe('a CSV file read as it streams in', () => {
  it('gives each row the line it starts on, past blank lines and quoted line breaks', async () => {
    const { table, rows } = await rowsOf('name,note\n\nAda,"two\nlines"\n\n\nBea,one\nCy,"a\n\nb"\nDee,last');
    expect(table.header).toEqual({ line: 1, cells: ['name', 'note'] });
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [3, 'Ada'],
      [7, 'Bea'],
      [8, 'Cy'],
      [11, 'Dee'],
    ]);
    expect(table.rowCount).toBe(4);
  });

  it('counts lines the same in a file Excel saved on Windows (a line break in a cell is LF alone)', async () => {
    const { rows } = await rowsOf('name,note\r\n\r\nAda,"two\nlines"\r\nBea,one\r\n');
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [3, 'Ada'],
      [5, 'Bea'],
    ]);
  });

  it('hands a long file over in batches, every row once and in order', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `Pupil ${i},x`);
    const { rows, batches } = await rowsOf(`name,note\n${lines.join('\n')}\n`);
    expect(rows.map((r) => r.cells[0])).toEqual(lines.map((l) => l.split(',')[0]));
    expect(rows.at(-1)!.line).toBe(5001);
    expect(batches).toBeGreaterThan(1);
  });

  it('stops at a line that is not CSV and says which', async () => {
    const { table, rows, problems } = await rowsOf('name,note\nAda,ok\nBea,"open\nCy,never read\n');
    expect(rows.map((r) => r.cells[0])).toEqual(['Ada']);
    expect(table.malformed).toBe(true);
    expect(problems.sorted().map((p) => p.code)).toEqual(['malformed_csv']);
  });

  it('says an empty file is empty', async () => {
    const problems = new Problems();
    expect(await readCsv(upload('\n\n'), problems)).toBeNull();
    expect(problems.sorted().map((p) => p.code)).toEqual(['empty_file']);
  });
});
