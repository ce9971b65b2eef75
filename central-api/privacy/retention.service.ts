import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { RetentionRun } from '../../domain/api/privacy.js';
import type { AppContext } from '../app-context.js';
import { systemActor } from '../auth/actor.js';
import { person } from '../db/schema/index.js';
import { eraseInTransaction } from './erasure.service.js';

/**
 * Erase every pupil who left more than `retentionMonths` ago (staff are kept: their records are the
 * school's to manage). Each erasure is its own transaction, so replicas running this at the same time
 * erase each pupil once, and one pupil still holding equipment does not hold up the rest.
 */
export async function runRetention(
  ctx: Pick<AppContext, 'db' | 'now' | 'timeZone' | 'retentionMonths' | 'currentAccess'>,
): Promise<RetentionRun> {
  const months = ctx.retentionMonths;
  if (months === null) return { retentionMonths: null, erased: [], keptWithOpenLoans: [] };
  const today = sql`(${ctx.now().toISOString()}::timestamptz at time zone ${ctx.timeZone})::date`;
  const due = await ctx.db
    .select({ id: person.id })
    .from(person)
    .where(
      and(
        eq(person.staff, false),
        eq(person.isAdmin, false),
        isNull(person.erasedAt),
        isNotNull(person.leftAt),
        sql`(${person.leftAt} + make_interval(months => ${months}::int))::date <= ${today}`,
      ),
    )
    .orderBy(person.id);
  const run: RetentionRun = { retentionMonths: months, erased: [], keptWithOpenLoans: [] };
  for (const { id } of due) {
    const outcome = await ctx.db.transaction((tx) => eraseInTransaction(ctx, tx, systemActor, id));
    if (outcome?.kind === 'erased') {
      ctx.currentAccess.forget(id);
      run.erased.push(id);
    } else if (outcome?.kind === 'open_loans') run.keptWithOpenLoans.push(id);
  }
  return run;
}
