import { CsvError, parse } from 'csv-parse/sync';
import type { ImportProblem } from '../../domain/api/imports.js';

/** One record of the file with the line it starts on (the header is line 1). */
export type CsvRow = { line: number; cells: string[] };
export type CsvTable = { header: CsvRow; rows: CsvRow[] };

/** The line a record starts on: csv-parse counts to its end, and a quoted cell may hold line breaks. */
function firstLine(endLine: number, raw: string): number {
  const content = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
  return endLine - (content.match(/\n/g)?.length ?? 0);
}

/**
 * Read a CSV file (comma-separated, optional byte-order mark, blank lines skipped). A file that is not
 * CSV at all (a stray quote) gives one problem at the line where reading stopped: no later line can be
 * trusted, so none is reported.
 */
export function readCsv(text: string): CsvTable | ImportProblem {
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const line = (err as CsvError & { lines?: number }).lines ?? 1;
    return {
      line,
      field: null,
      code: 'malformed_csv',
      message: `Line ${line} is not valid CSV (${err.message.replace(/ at line \d+.*$/, '')}). Check the quotes on that line; nothing after it could be read.`,
    };
  }
  const [header, ...rows] = records.map((r) => ({ line: firstLine(r.info.lines, r.raw), cells: r.record }));
  if (!header) {
    return {
      line: 1,
      field: null,
      code: 'empty_file',
      message: 'The file is empty: it needs a header row and at least one row.',
    };
  }
  return { header, rows };
}
