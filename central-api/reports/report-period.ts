import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { KitdeskError } from '../../domain/errors.js';
import type { Db } from '../db/database.js';
import { selectRows } from '../db/raw-query.js';

const DAY_MS = 86_400_000;

/** Calendar days `from`…`to` (both included) of the school's time zone, and the instants they span. */
export type Period = { from: string; to: string; start: Date; end: Date };

/** Today's date in `timeZone`, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date): string {
  // The Canadian English format is the ISO date.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The calendar date `days` before `date`; calendar arithmetic, so no time zone enters it. */
export function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instants at which local midnight of `from` and of the day after `to` fall, daylight saving included
 * (the database knows the zones).
 */
export async function resolvePeriod(db: Db, timeZone: string, from: string, to: string): Promise<Period> {
  if (from > to) {
    throw new KitdeskError(
      'validation_failed',
      `The range starts on ${from}, after it ends on ${to}: give an earlier \`from\` or a later \`to\`.`,
    );
  }
  const [row] = await selectRows(
    db,
    z.object({ start: z.number(), end: z.number() }),
    sql`select (extract(epoch from (${from}::date)::timestamp at time zone ${timeZone}) * 1000)::float8 as start,
               (extract(epoch from (${to}::date + 1)::timestamp at time zone ${timeZone}) * 1000)::float8 as end`,
  );
  return { from, to, start: new Date(row!.start), end: new Date(row!.end) };
}

/** The range asked for; a missing `to` is today and a missing `from` makes the range `defaultDays` long. */
export async function periodOf(
  db: Db,
  timeZone: string,
  now: Date,
  query: { from?: string | undefined; to?: string | undefined },
  defaultDays: number,
): Promise<Period> {
  const to = query.to ?? todayIn(timeZone, now);
  return resolvePeriod(db, timeZone, query.from ?? daysBefore(to, defaultDays - 1), to);
}

/** The instants of a range where either end may be open (a report over all time). */
export async function openPeriodOf(
  db: Db,
  timeZone: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<{ start: Date | null; end: Date | null }> {
  if (query.from === undefined && query.to === undefined) return { start: null, end: null };
  const p = await resolvePeriod(db, timeZone, query.from ?? query.to!, query.to ?? query.from!);
  return { start: query.from === undefined ? null : p.start, end: query.to === undefined ? null : p.end };
}
