/**
 * Bulk import of people (a school information system's export) and assets (a spreadsheet) as CSV, and the
 * answer: every problem of every row, and what was (or would be) created, updated or left as it was.
 */
import { z } from 'zod';
import { QueryBoolean } from './pagination.js';

export const ImportKind = z.enum(['people', 'assets']);
export type ImportKind = z.infer<typeof ImportKind>;

/** `POST /imports/people` and `POST /imports/assets`, with the CSV file as a `text/csv` body. */
export const ImportQuery = z.object({
  /** Without it the import is a dry run: the file is checked and nothing changes. */
  commit: QueryBoolean.default(false),
});
export type ImportQuery = z.infer<typeof ImportQuery>;

export const ImportProblemCode = z.enum([
  /** The file is not readable CSV (a stray quote, for one); nothing after it could be read. */
  'malformed_csv',
  'empty_file',
  'unknown_column',
  'duplicate_column',
  'missing_column',
  /** A row has more or fewer cells than the header. */
  'column_count',
  'required',
  'invalid',
  'bad_date',
  /** A date that could be read two ways (a two-digit year, or day and month in a file with US dates). */
  'ambiguous_date',
  'bad_number',
  'bad_boolean',
  /** The row names a location, asset type, kit or owner that does not exist, or more than one. */
  'unknown_reference',
  'ambiguous_reference',
  /** Neither an email nor a card (people), nor a barcode nor a serial number (assets): a re-import could not find the row. */
  'no_key',
  /** The same email, card, barcode or serial number on an earlier line of the file. */
  'duplicate_in_file',
  /** The value belongs to another person or asset already. */
  'taken',
  /** The row's keys lead to different existing records. */
  'conflicting_match',
  /** The serial number names several existing assets. */
  'ambiguous_match',
  /** The change is not allowed while the asset is on loan. */
  'on_loan',
]);
export type ImportProblemCode = z.infer<typeof ImportProblemCode>;

export const ImportProblem = z.object({
  /** The line of the file the row starts on; the header is line 1. */
  line: z.number().int().positive(),
  /** The column as headed in the file; null for a problem of the whole row or file. */
  field: z.string().nullable(),
  /** The cell's text as the file has it; null for a problem of the whole row or file. */
  value: z.string().nullable(),
  code: ImportProblemCode,
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

/**
 * The outcome of an import. With problems nothing changes, even with `commit`: a committing import that
 * has problems answers 400 `validation_failed` with this report as its `details`.
 */
export const ImportReport = z.object({
  kind: ImportKind,
  committed: z.boolean(),
  /** Data rows read (the header not counted). */
  rows: z.number().int().nonnegative(),
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  /** The first problems by line, at most 1,000 of them: a file of bad rows is answered in a page. */
  problems: z.array(ImportProblem),
  /** Every problem found, listed or not. */
  problemCount: z.number().int().nonnegative(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** The tables `GET /exports/:table` writes as CSV; people and assets in the columns their imports read. */
export const ExportTable = z.enum([
  'assets',
  'groups',
  'group-items',
  'locations',
  'asset-types',
  'disposal-types',
]);
export type ExportTable = z.infer<typeof ExportTable>;
