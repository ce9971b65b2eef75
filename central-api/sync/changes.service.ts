import { asc, count, gt } from 'drizzle-orm';
import { SyncTable, type Change, type ChangesPage, type ChangesQuery } from '../../domain/sync/changes.js';
import type { AppContext } from '../app-context.js';
import { changeLog } from '../db/schema/index.js';
import { currentPolicy } from '../lending/policy.js';
import { loadMirroredRows } from './mirrored-tables.js';

/**
 * One page of changes after the kiosk's cursor: the current row of everything changed (or a tombstone for
 * what is gone), read in one snapshot so each row is as of its change number.
 */
export async function changesAfter(
  ctx: Pick<AppContext, 'db' | 'policy'>,
  query: ChangesQuery,
  reader: { staffPins: boolean },
): Promise<ChangesPage> {
  return ctx.db.transaction(
    async (tx) => {
      const log = await tx
        .select()
        .from(changeLog)
        .where(gt(changeLog.seq, query.after))
        .orderBy(asc(changeLog.seq))
        .limit(query.limit);
      const wanted = new Map<SyncTable, string[]>();
      for (const entry of log) {
        if (entry.op !== 'upsert') continue;
        const table = SyncTable.parse(entry.tableName);
        wanted.set(table, [...(wanted.get(table) ?? []), entry.rowId]);
      }
      const rows = new Map<string, unknown>();
      for (const [table, ids] of wanted) {
        for (const row of await loadMirroredRows[table](tx, ids, reader)) rows.set(`${table}:${row.id}`, row);
      }
      const changes = log.map((entry): Change => {
        const table = SyncTable.parse(entry.tableName);
        const row = entry.op === 'upsert' ? rows.get(`${table}:${entry.rowId}`) : undefined;
        // The row and its log entry are read in one snapshot, so a missing row means it is gone.
        if (row === undefined) return { seq: entry.seq, table, op: 'delete', id: entry.rowId };
        // The row shape of each table comes from loadMirroredRows; the response schema checks it again.
        return { seq: entry.seq, table, op: 'upsert', id: entry.rowId, row } as Change;
      });
      const cursor = log.at(-1)?.seq ?? query.after;
      const [rest] = await tx.select({ n: count() }).from(changeLog).where(gt(changeLog.seq, cursor));
      return { changes, cursor, remaining: rest?.n ?? 0, policy: await currentPolicy(tx, ctx.policy) };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
