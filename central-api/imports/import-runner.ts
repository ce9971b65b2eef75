import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { ImportKind, ImportReport } from '../../domain/api/imports.js';
import { KitdeskError } from '../../domain/errors.js';
import type { AppContext } from '../app-context.js';
import type { AuditActor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { readCsv, type CsvTable } from './csv-table.js';
import { Problems } from './import-columns.js';

/** Any advisory-lock key that is ours alone: imports run one at a time, whichever replica takes them. */
const IMPORT_LOCK = 7316003;

export type Counts = { created: number; updated: number; unchanged: number };

/** The steps of one kind of import. */
export type Importer<Input, Plan> = {
  kind: ImportKind;
  /** The tables a commit fills, vacuumed and analysed after it. */
  tables: readonly PgTable[];
  /** Read and check the rows, reporting problems; only rows without any are returned. */
  rowsOf(table: CsvTable, problems: Problems): Promise<Input[]>;
  /** Match rows to what exists and decide what each would do; `forUpdate` locks the matched rows. */
  plan(tx: Tx, inputs: Input[], problems: Problems, forUpdate: boolean): Promise<Plan>;
  counts(plan: Plan): Counts;
  apply(ctx: Pick<AppContext, 'now'>, tx: Tx, actor: AuditActor, plan: Plan): Promise<void>;
};

/**
 * Check a file as it streams in and, when asked and nothing is wrong, apply all of it in one
 * transaction: all or nothing. Checking and applying share the transaction, so what was checked is what
 * is changed.
 */
export async function runImport<Input, Plan>(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  importer: Importer<Input, Plan>,
  file: Readable,
  commit: boolean,
): Promise<ImportReport> {
  const problems = new Problems();
  const nothing = { created: 0, updated: 0, unchanged: 0 };
  const table = await readCsv(file, problems);
  if (!table) return report(importer.kind, 0, nothing, problems);
  const inputs = await importer.rowsOf(table, problems);
  // An import that stopped at its header (a missing column) still counts the rows it did not read.
  for await (const batch of table.batches) void batch;
  if (table.malformed) return report(importer.kind, 0, nothing, problems);
  const answer = await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
    const plan = await importer.plan(tx, inputs, problems, commit);
    const checked = report(importer.kind, table.rowCount, importer.counts(plan), problems);
    if (!commit) return checked;
    if (problems.count > 0) {
      const n = problems.count;
      throw new KitdeskError(
        'validation_failed',
        `The file has ${n.toLocaleString('en-GB')} problem${n === 1 ? '' : 's'}, so nothing was imported. Correct the rows listed and import it again.`,
        checked,
      );
    }
    await importer.apply(ctx, tx, actor, plan);
    return { ...checked, committed: true };
  });
  // Thousands of new rows sit in the trigram indexes' pending lists, which every search then reads
  // through, with the planner guessing until statistics catch up; the embedded PGlite has no autovacuum
  // to do either. PostgreSQL skips this, with a warning, where the API's user does not own the tables.
  if (answer.committed && answer.created > 0) {
    for (const table of importer.tables) await ctx.db.execute(sql`vacuum (analyze) ${table}`);
  }
  return answer;
}

function report(kind: ImportKind, rows: number, counts: Counts, problems: Problems): ImportReport {
  return {
    kind,
    committed: false,
    rows,
    ...counts,
    problems: problems.sorted(),
    problemCount: problems.count,
  };
}
