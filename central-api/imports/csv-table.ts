import type { Readable } from 'node:stream';
import { CsvError, parse, type Parser } from 'csv-parse';
import type { Problems } from './import-columns.js';

/** One record of the file with the line it starts on (the header is line 1). */
export type CsvRow = { line: number; cells: string[] };

/**
 * A CSV file as it streams in: its header, then its rows a batch at a time, so a huge file is checked in
 * bounded memory without a promise per row. `rowCount` and `malformed` are known once the rows have been
 * read to the end.
 */
export type CsvTable = {
  header: CsvRow;
  batches: AsyncIterable<CsvRow[]>;
  readonly rowCount: number;
  readonly malformed: boolean;
};

/** `lines`: the line a record ends on; `empty_lines`: blank lines skipped so far, both csv-parse's. */
type CsvRecord = { record: string[]; info: { lines: number; empty_lines: number } };

/** The most records the parser holds parsed ahead of the check, and so the largest batch. */
const BATCH = 1024;

/**
 * A record starts on the line after the previous one ended, past the blank lines skipped since: a quoted
 * cell may hold line breaks, so its end line is not its first.
 */
function lineCounter() {
  let ended = 0;
  let skipped = 0;
  return ({ record, info }: CsvRecord): CsvRow => {
    const line = ended + 1 + (info.empty_lines - skipped);
    ended = info.lines;
    skipped = info.empty_lines;
    return { line, cells: record };
  };
}

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

/** Resolves once the parser has records to read, or has ended; rejects with its error. */
function readable(parser: Parser): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (err?: unknown) => {
      parser.off('readable', settle).off('end', settle).off('error', settle);
      if (err) reject(err as Error);
      else resolve();
    };
    parser.on('readable', settle).on('end', settle).on('error', settle);
  });
}

/** The records parsed so far, then each time more arrive: empty only at the end. */
async function nextBatch(parser: Parser): Promise<CsvRecord[]> {
  for (;;) {
    const batch: CsvRecord[] = [];
    for (let r = parser.read() as CsvRecord | null; r !== null; r = parser.read() as CsvRecord | null) {
      batch.push(r);
      if (batch.length === BATCH) break;
    }
    // The records parsed before an error still count: the error is thrown once they are taken.
    if (batch.length > 0 || parser.readableEnded) return batch;
    if (parser.errored) throw parser.errored;
    await readable(parser);
  }
}

/**
 * Read a CSV stream (comma-separated, optional byte-order mark, blank lines skipped). Null when there is
 * no header to read: the file is empty or broken from its first line, which `problems` then says.
 */
export async function readCsv(input: Readable, problems: Problems): Promise<CsvTable | null> {
  const parser = input.pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }),
  );
  // A failed upload stream does not end the parser it is piped into: pass its error on.
  input.once('error', (err) => parser.destroy(err));
  // The error is read from `parser.errored` when the next batch is asked for: it may come while no one
  // waits on the parser, and an 'error' event nobody listens to would crash the process.
  parser.on('error', () => undefined);
  const toRow = lineCounter();
  let first: CsvRecord[];
  try {
    first = await nextBatch(parser);
  } catch (err) {
    malformed(err, problems);
    return null;
  }
  const head = first.shift();
  if (!head) {
    problems.add(1, null, 'empty_file', 'The file is empty: it needs a header row and at least one row.');
    return null;
  }
  const header = toRow(head);
  const state = { rowCount: 0, malformed: false };
  async function* batches(): AsyncGenerator<CsvRow[]> {
    try {
      for (let records = first; ; records = await nextBatch(parser)) {
        if (records.length === 0 && parser.readableEnded) return;
        state.rowCount += records.length;
        yield records.map(toRow);
      }
    } catch (err) {
      malformed(err, problems);
      state.malformed = true;
    }
  }
  return {
    header,
    batches: batches(),
    get rowCount() {
      return state.rowCount;
    },
    get malformed() {
      return state.malformed;
    },
  };
}
