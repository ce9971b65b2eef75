import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { LoansOverTimeQuery, LoansOverTimeReport } from '../../domain/api/reports.js';
import type { AppContext } from '../app-context.js';
import { selectRows, timestampParam } from '../db/raw-query.js';
import { allocation, allocationAssetLine, asset, assetType, person } from '../db/schema/index.js';
import type { CsvTable } from '../http/csv-reply.js';
import { allOf, assetConditions, borrowerConditions, UNTYPED } from './report-filters.js';
import { daysBefore, resolvePeriod, todayIn } from './report-period.js';

const DAY_MS = 86_400_000;
/** Without a range: the last 30 days by day, the last 12 weeks by week. */
const DEFAULT_DAYS = 30;
const DEFAULT_WEEKS = 12;

/** The Monday on or before a date (ISO weeks, as PostgreSQL's date_trunc('week') counts them). */
function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return daysBefore(date, weekday);
}

function bucketsOf(interval: 'day' | 'week', from: string, to: string): string[] {
  const step = interval === 'day' ? DAY_MS : 7 * DAY_MS;
  const first = interval === 'day' ? from : mondayOf(from);
  const buckets: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += step) {
    buckets.push(new Date(t).toISOString().slice(0, 10));
  }
  return buckets;
}

const ItemsRow = z.object({
  bucket: z.string(),
  assetTypeId: z.string().nullable(),
  assetTypeName: z.string().nullable(),
  items: z.number().int(),
});
const LoansRow = z.object({ bucket: z.string(), loans: z.number().int() });

/**
 * Loans that went out, and the items on them per asset type, in each day or week of the range. A loan
 * counts once in its bucket however many types it holds, so `loans` is not the sum of the series.
 */
export async function loansOverTimeReport(
  ctx: Pick<AppContext, 'db' | 'now' | 'timeZone'>,
  q: LoansOverTimeQuery,
): Promise<LoansOverTimeReport> {
  const to = q.to ?? todayIn(ctx.timeZone, ctx.now());
  const defaultFrom =
    q.interval === 'day'
      ? daysBefore(to, DEFAULT_DAYS - 1)
      : daysBefore(mondayOf(to), 7 * (DEFAULT_WEEKS - 1));
  const period = await resolvePeriod(ctx.db, ctx.timeZone, q.from ?? defaultFrom, to);
  const bucket = sql`to_char(date_trunc(${q.interval}, ${allocation.outAt} at time zone ${ctx.timeZone}), 'YYYY-MM-DD')`;
  const linesLent = sql`from ${allocationAssetLine}
    join ${allocation} on ${allocation.id} = ${allocationAssetLine.allocationId}
    join ${person} on ${person.id} = ${allocation.personId}
    join ${asset} on ${asset.id} = ${allocationAssetLine.assetId}
    left join ${assetType} on ${assetType.id} = ${asset.assetTypeId}
    where ${allocation.outAt} >= ${timestampParam(period.start)} and ${allocation.outAt} < ${timestampParam(period.end)}
      and ${allOf([...borrowerConditions(q), ...assetConditions(q)])}`;
  const [items, loanCounts] = await Promise.all([
    selectRows(
      ctx.db,
      ItemsRow,
      sql`select ${bucket} as "bucket", ${asset.assetTypeId} as "assetTypeId", ${assetType.name} as "assetTypeName",
            count(*)::int as "items"
          ${linesLent} group by 1, 2, 3`,
    ),
    selectRows(
      ctx.db,
      LoansRow,
      sql`select ${bucket} as "bucket", count(distinct ${allocation.id})::int as "loans" ${linesLent} group by 1`,
    ),
  ]);
  const buckets = bucketsOf(q.interval, period.from, period.to);
  const at = new Map(buckets.map((b, i) => [b, i]));
  const loans = buckets.map(() => 0);
  for (const row of loanCounts) {
    const i = at.get(row.bucket);
    if (i !== undefined) loans[i] = row.loans;
  }
  const series = new Map<string, LoansOverTimeReport['series'][number]>();
  for (const row of items) {
    const i = at.get(row.bucket);
    if (i === undefined) continue;
    const key = row.assetTypeId ?? '';
    const s = series.get(key) ?? {
      assetTypeId: row.assetTypeId,
      assetTypeName: row.assetTypeName ?? UNTYPED,
      items: buckets.map(() => 0),
    };
    s.items[i] = row.items;
    series.set(key, s);
  }
  return {
    interval: q.interval,
    from: period.from,
    to: period.to,
    buckets,
    loans,
    series: [...series.values()].sort((a, b) => a.assetTypeName.localeCompare(b.assetTypeName, 'en-GB')),
  };
}

/** One line per bucket: its loans, then the items of each asset type. */
export function loansOverTimeCsv(report: LoansOverTimeReport): CsvTable {
  return {
    columns: [
      report.interval === 'day' ? 'day' : 'week starting',
      'loans',
      ...report.series.map((s) => s.assetTypeName),
    ],
    rows: report.buckets.map((bucket, i) => [
      bucket,
      report.loans[i]!,
      ...report.series.map((s) => s.items[i]!),
    ]),
  };
}
