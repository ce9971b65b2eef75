/** Which column of the file is which field, and each row's cells read into values. */
import type { ImportProblem, ImportProblemCode } from '../../domain/api/imports.js';
import { ambiguousInUsColumn } from '../../domain/dates/british-date.js';
import { cellText, type CellParser } from './cells.js';
import type { CsvRow, CsvTable } from './csv-table.js';

export type Column<F extends string> = {
  field: F;
  /** What the column may be headed, compared without case, spaces or punctuation; exports use the first. */
  headers: readonly [string, ...string[]];
  parse: CellParser;
  /** Exports write it for reference; imports accept the column and leave it alone. */
  ignored?: boolean;
  /** Another way to give a field (first and last name for name): read, but left out of the template. */
  alternative?: boolean;
};

/** The header row of an import's template: each column it reads, once, as exports write it. */
export function templateHeaders(columns: readonly Column<string>[]): string[] {
  return columns.filter((c) => !c.ignored && !c.alternative).map((c) => c.headers[0]);
}

/** The most problems an answer lists; `problemCount` still counts them all. */
export const LISTED_PROBLEMS = 1_000;

/**
 * The problems of one import: every one counted, the first LISTED_PROBLEMS by line kept. A file of a
 * million bad rows is answered in a page, not in hundreds of megabytes, and held in bounded memory.
 */
export class Problems {
  private kept: ImportProblem[] = [];
  private total = 0;
  /** Once LISTED_PROBLEMS are kept, the last line among them: a problem past it would never be listed. */
  private lastListedLine = Infinity;

  add(
    line: number,
    field: string | null,
    code: ImportProblemCode,
    message: string,
    value: string | null = null,
  ): void {
    this.total++;
    if (line > this.lastListedLine) return;
    this.kept.push({ line, field, value, code, message });
    if (this.kept.length >= 2 * LISTED_PROBLEMS) {
      this.kept = this.sorted();
      this.lastListedLine = this.kept.at(-1)!.line;
    }
  }

  get count(): number {
    return this.total;
  }

  /** The first problems by line (a row's own problems in the order found), at most LISTED_PROBLEMS. */
  sorted(): ImportProblem[] {
    return [...this.kept].sort((a, b) => a.line - b.line).slice(0, LISTED_PROBLEMS);
  }
}

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A column found in the file: its position and header as written there. */
export type Placed<F extends string> = { index: number; header: string; column: Column<F> };

/** Match the file's header to the columns an import knows; unknown and repeated headers are problems. */
export function placeColumns<F extends string>(
  header: CsvRow,
  columns: readonly Column<F>[],
  problems: Problems,
): Map<F, Placed<F>> {
  const known = new Map(columns.flatMap((c) => c.headers.map((h) => [normalise(h), c] as const)));
  const placed = new Map<F, Placed<F>>();
  header.cells.forEach((cell, index) => {
    const name = cell.trim();
    const column = known.get(normalise(name));
    if (!column) {
      const expected = columns.filter((c) => !c.ignored).map((c) => c.headers[0]);
      problems.add(
        1,
        name,
        'unknown_column',
        `The column “${name}” is not one this import reads (${expected.join(', ')}). Rename or remove it.`,
      );
      return;
    }
    const earlier = placed.get(column.field);
    if (earlier) {
      problems.add(
        1,
        name,
        'duplicate_column',
        `“${name}” is the same column as “${earlier.header}”: keep one of them.`,
      );
      return;
    }
    if (!column.ignored) placed.set(column.field, { index, header: name, column });
  });
  return placed;
}

/**
 * One row's values: null for an empty cell, a field absent when the file has no such column or the cell
 * could not be read (`faulty` then says so).
 */
export type RowValues<F extends string> = {
  line: number;
  values: Partial<Record<F, unknown>>;
  faulty: boolean;
};

/**
 * Read each row's cells with their columns' parsers, handing each row to `take` as it is read, so a huge
 * file is never held whole. A row with the wrong number of cells is reported and skipped, as its cells
 * may sit under the wrong headers. Returns the lines found faulty only once the whole column was read:
 * a date that reads both ways, in a column a later row shows to be in US order.
 */
export async function readRows<F extends string>(
  table: CsvTable,
  placed: Map<F, Placed<F>>,
  problems: Problems,
  take: (row: RowValues<F>) => void,
): Promise<Set<number>> {
  const width = table.header.cells.length;
  const swappable = new Map<F, { line: number; text: string; header: string }[]>();
  const usOrderLine = new Map<F, number>();
  for await (const batch of table.batches) {
    for (const row of batch) readRow(row);
  }
  function readRow(row: CsvRow): void {
    if (row.cells.length !== width) {
      problems.add(
        row.line,
        null,
        'column_count',
        `This row has ${row.cells.length} cells but the header has ${width}: check for a missing or extra comma.`,
      );
      return;
    }
    const values: Partial<Record<F, unknown>> = {};
    let faulty = false;
    for (const [field, { index, header, column }] of placed) {
      const text = cellText(row.cells[index]);
      if (text === '') {
        values[field] = null;
        continue;
      }
      const parsed = column.parse(text);
      if (!parsed.ok) {
        faulty = true;
        problems.add(row.line, header, parsed.code, parsed.message, text);
        if (parsed.usOrderDate && !usOrderLine.has(field)) usOrderLine.set(field, row.line);
        continue;
      }
      values[field] = parsed.value;
      if (parsed.swappableDate) {
        const cells = swappable.get(field) ?? [];
        cells.push({ line: row.line, text, header });
        swappable.set(field, cells);
      }
    }
    take({ line: row.line, values, faulty });
  }
  const lateFaults = new Set<number>();
  for (const [field, usLine] of usOrderLine) {
    for (const cell of swappable.get(field) ?? []) {
      problems.add(
        cell.line,
        cell.header,
        'ambiguous_date',
        ambiguousInUsColumn(cell.text, usLine),
        cell.text,
      );
      lateFaults.add(cell.line);
    }
  }
  return lateFaults;
}
