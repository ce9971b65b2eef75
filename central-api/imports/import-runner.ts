import { sql } from 'drizzle-orm';
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
  /** Read and check the rows, reporting problems; only rows without any are returned. */
  rowsOf(table: CsvTable, problems: Problems): Input[];
  /** Match rows to what exists and decide what each would do; `forUpdate` locks the matched rows. */
  plan(tx: Tx, inputs: Input[], problems: Problems, forUpdate: boolean): Promise<Plan>;
  counts(plan: Plan): Counts;
  apply(ctx: Pick<AppContext, 'now'>, tx: Tx, actor: AuditActor, plan: Plan): Promise<void>;
};

/**
 * Check a file and, when asked and nothing is wrong, apply all of it in one transaction: all or
 * nothing. Checking and applying share the transaction, so what was checked is what is changed.
 */
export async function runImport<Input, Plan>(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  importer: Importer<Input, Plan>,
  text: string,
  commit: boolean,
): Promise<ImportReport> {
  const problems = new Problems();
  const table = readCsv(text);
  if (!('header' in table)) {
    problems.add(table.line, table.field, table.code, table.message);
    return report(importer.kind, 0, { created: 0, updated: 0, unchanged: 0 }, problems);
  }
  const inputs = importer.rowsOf(table, problems);
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
    const plan = await importer.plan(tx, inputs, problems, commit);
    const checked = report(importer.kind, table.rows.length, importer.counts(plan), problems);
    if (!commit) return checked;
    if (problems.list.length > 0) {
      const n = problems.list.length;
      throw new KitdeskError(
        'validation_failed',
        `The file has ${n} problem${n === 1 ? '' : 's'}, so nothing was imported. Correct the rows listed and import it again.`,
        checked,
      );
    }
    await importer.apply(ctx, tx, actor, plan);
    return { ...checked, committed: true };
  });
}

function report(kind: ImportKind, rows: number, counts: Counts, problems: Problems): ImportReport {
  return { kind, committed: false, rows, ...counts, problems: problems.sorted() };
}
