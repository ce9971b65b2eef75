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
};

/** The problems of one import, in the order they were found. */
export class Problems {
  readonly list: ImportProblem[] = [];

  add(line: number, field: string | null, code: ImportProblemCode, message: string): void {
    this.list.push({ line, field, code, message });
  }

  /** Every problem by line (a row's own problems in the order found). */
  sorted(): ImportProblem[] {
    return [...this.list].sort((a, b) => a.line - b.line);
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
 * Read each row's cells with their columns' parsers. A row with the wrong number of cells is reported
 * and skipped, as its cells may sit under the wrong headers.
 */
export function readRows<F extends string>(
  table: CsvTable,
  placed: Map<F, Placed<F>>,
  problems: Problems,
): RowValues<F>[] {
  const width = table.header.cells.length;
  const rows: RowValues<F>[] = [];
  const swappable = new Map<F, { line: number; text: string; header: string }[]>();
  const usOrderLine = new Map<F, number>();
  for (const row of table.rows) {
    if (row.cells.length !== width) {
      problems.add(
        row.line,
        null,
        'column_count',
        `This row has ${row.cells.length} cells but the header has ${width}: check for a missing or extra comma.`,
      );
      continue;
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
        problems.add(row.line, header, parsed.code, parsed.message);
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
    rows.push({ line: row.line, values, faulty });
  }
  const rowAt = new Map(rows.map((r) => [r.line, r]));
  for (const [field, usLine] of usOrderLine) {
    for (const cell of swappable.get(field) ?? []) {
      problems.add(cell.line, cell.header, 'ambiguous_date', ambiguousInUsColumn(cell.text, usLine));
      rowAt.get(cell.line)!.faulty = true;
    }
  }
  return rows;
}
