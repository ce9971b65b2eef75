import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';

export type CsvCell = string | number | boolean | null;
export type CsvTable = { columns: readonly string[]; rows: readonly (readonly CsvCell[])[] };

/** A spreadsheet runs a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as text. Text a spreadsheet would run as a formula gets a leading apostrophe, which
 * spreadsheets hide and our imports remove again.
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  return String(value);
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Answer with a CSV download: a header row, then one line per row. */
export function sendCsv(reply: FastifyReply, filename: string, table: CsvTable): FastifyReply {
  const body = stringify([[...table.columns], ...table.rows.map((row) => row.map(csvCell))]);
  return reply
    .header('content-type', CSV_CONTENT_TYPE)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(body);
}
