import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { Problems } from './import-columns.js';

/** One record of the file with the line it starts on (the header is line 1). */
export type CsvRow = { line: number; cells: string[] };

/**
 * A CSV file as it streams in: its header, then its rows one at a time, so a huge file is checked in
 * bounded memory. `rowCount` and `malformed` are known once the rows have been read to the end.
 */
export type CsvTable = {
  header: CsvRow;
  rows: AsyncIterable<CsvRow>;
  readonly rowCount: number;
  readonly malformed: boolean;
};

type CsvRecord = { record: string[]; info: { lines: number }; raw: string };

/** The line a record starts on: csv-parse counts to its end, and a quoted cell may hold line breaks. */
function firstLine({ info, raw }: CsvRecord): number {
  const content = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
  return info.lines - (content.match(/\n/g)?.length ?? 0);
}

const toRow = (r: CsvRecord): CsvRow => ({ line: firstLine(r), cells: r.record });

/**
 * A file that is not CSV at all (a stray quote) gives one problem at the line where reading stopped: no
 * later line can be trusted, so none is read. Anything else that fails (the upload itself) is thrown.
 */
function malformed(err: unknown, problems: Problems): void {
  if (!(err instanceof CsvError)) throw err;
  const line = (err as CsvError & { lines?: number }).lines ?? 1;
  problems.add(
    line,
    null,
    'malformed_csv',
    `Line ${line} is not valid CSV (${err.message.replace(/ at line \d+.*$/, '')}). Check the quotes on that line; nothing after it could be read.`,
  );
}

/**
 * Read a CSV stream (comma-separated, optional byte-order mark, blank lines skipped). Null when there is
 * no header to read: the file is empty or broken from its first line, which `problems` then says.
 */
export async function readCsv(input: Readable, problems: Problems): Promise<CsvTable | null> {
  const parser = input.pipe(
    parse({ bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true }),
  );
  // A failed upload stream does not end the parser it is piped into: pass its error on.
  input.once('error', (err) => parser.destroy(err));
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<CsvRecord>;
  let first: IteratorResult<CsvRecord>;
  try {
    first = await records.next();
  } catch (err) {
    malformed(err, problems);
    return null;
  }
  if (first.done) {
    problems.add(1, null, 'empty_file', 'The file is empty: it needs a header row and at least one row.');
    return null;
  }
  const state = { rowCount: 0, malformed: false };
  async function* rows(): AsyncGenerator<CsvRow> {
    try {
      for (let next = await records.next(); !next.done; next = await records.next()) {
        state.rowCount++;
        yield toRow(next.value);
      }
    } catch (err) {
      malformed(err, problems);
      state.malformed = true;
    }
  }
  return {
    header: toRow(first.value),
    rows: rows(),
    get rowCount() {
      return state.rowCount;
    },
    get malformed() {
      return state.malformed;
    },
  };
}
