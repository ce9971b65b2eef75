import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type {
  AssetTypeUtilisationReport,
  AssetUtilisationReport,
  UtilisationQuery,
} from '../../domain/api/reports.js';
import type { AppContext } from '../app-context.js';
import { selectRows, timestampParam } from '../db/raw-query.js';
import { allocation, allocationAssetLine, asset, assetType } from '../db/schema/index.js';
import type { CsvTable } from '../http/csv-reply.js';
import { allOf, assetConditions, UNTYPED } from './report-filters.js';
import { periodOf } from './report-period.js';

const DEFAULT_DAYS = 30;

const AssetSeconds = z.object({
  assetId: z.string(),
  name: z.string(),
  assetTypeId: z.string().nullable(),
  assetTypeName: z.string().nullable(),
  seconds: z.number(),
});

const hours = (seconds: number) => Math.round((seconds / 3600) * 100) / 100;
const ratio = (part: number, whole: number) =>
  whole <= 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;

/** Seconds each asset spent on loan within the period (cut off at now), and the period's length. */
async function secondsOnLoan(ctx: Pick<AppContext, 'db' | 'now' | 'timeZone'>, q: UtilisationQuery) {
  const period = await periodOf(ctx.db, ctx.timeZone, ctx.now(), q, DEFAULT_DAYS);
  const end = new Date(Math.min(period.end.getTime(), ctx.now().getTime()));
  const start = timestampParam(period.start);
  const stop = timestampParam(end);
  const rows = await selectRows(
    ctx.db,
    AssetSeconds,
    sql`select ${asset.id} as "assetId", ${asset.name} as "name", ${asset.assetTypeId} as "assetTypeId",
          ${assetType.name} as "assetTypeName",
          coalesce(sum(extract(epoch from (least(coalesce(${allocationAssetLine.returnedAt}, ${stop}), ${stop})
            - greatest(${allocation.outAt}, ${start})))) filter (where ${allocation.id} is not null), 0)::float8 as "seconds"
        from ${asset}
        left join ${assetType} on ${assetType.id} = ${asset.assetTypeId}
        left join ${allocationAssetLine} on ${allocationAssetLine.assetId} = ${asset.id}
        left join ${allocation} on ${allocation.id} = ${allocationAssetLine.allocationId}
          and ${allocation.outAt} < ${stop} and coalesce(${allocationAssetLine.returnedAt}, ${stop}) > ${start}
        where (${asset.disposalDate} is null or ${asset.disposalDate} >= ${period.from}::date)
          and ${asset.createdAt} < ${stop}
          and ${allOf(assetConditions(q))}
        group by ${asset.id}, ${assetType.name}`,
  );
  const periodSeconds = Math.max(0, (end.getTime() - period.start.getTime()) / 1000);
  return { period, periodSeconds, rows };
}

export async function assetUtilisationReport(
  ctx: Pick<AppContext, 'db' | 'now' | 'timeZone'>,
  q: UtilisationQuery,
): Promise<AssetUtilisationReport> {
  const { period, periodSeconds, rows } = await secondsOnLoan(ctx, q);
  return {
    from: period.from,
    to: period.to,
    periodHours: hours(periodSeconds),
    assets: rows
      .map((r) => ({
        assetId: r.assetId,
        name: r.name,
        assetTypeId: r.assetTypeId,
        assetTypeName: r.assetTypeName,
        onLoanHours: hours(r.seconds),
        share: ratio(r.seconds, periodSeconds),
      }))
      .sort(
        (a, b) =>
          b.share - a.share || a.name.localeCompare(b.name, 'en-GB') || a.assetId.localeCompare(b.assetId),
      ),
  };
}

export async function assetTypeUtilisationReport(
  ctx: Pick<AppContext, 'db' | 'now' | 'timeZone'>,
  q: UtilisationQuery,
): Promise<AssetTypeUtilisationReport> {
  const { period, periodSeconds, rows } = await secondsOnLoan(ctx, q);
  const types = new Map<
    string,
    { assetTypeId: string | null; assetTypeName: string; assets: number; seconds: number }
  >();
  for (const r of rows) {
    const key = r.assetTypeId ?? '';
    const t = types.get(key) ?? {
      assetTypeId: r.assetTypeId,
      assetTypeName: r.assetTypeName ?? UNTYPED,
      assets: 0,
      seconds: 0,
    };
    t.assets += 1;
    t.seconds += r.seconds;
    types.set(key, t);
  }
  return {
    from: period.from,
    to: period.to,
    periodHours: hours(periodSeconds),
    assetTypes: [...types.values()]
      .map((t) => ({
        assetTypeId: t.assetTypeId,
        assetTypeName: t.assetTypeName,
        assets: t.assets,
        onLoanHours: hours(t.seconds),
        availableHours: hours(t.assets * periodSeconds),
        share: ratio(t.seconds, t.assets * periodSeconds),
      }))
      .sort((a, b) => b.share - a.share || a.assetTypeName.localeCompare(b.assetTypeName, 'en-GB')),
  };
}

export function assetUtilisationCsv(report: AssetUtilisationReport): CsvTable {
  return {
    columns: ['asset id', 'asset', 'asset type', 'hours on loan', 'hours in period', 'share on loan'],
    rows: report.assets.map((a) => [
      a.assetId,
      a.name,
      a.assetTypeName,
      a.onLoanHours,
      report.periodHours,
      a.share,
    ]),
  };
}

export function assetTypeUtilisationCsv(report: AssetTypeUtilisationReport): CsvTable {
  return {
    columns: ['asset type id', 'asset type', 'assets', 'hours on loan', 'hours available', 'share on loan'],
    rows: report.assetTypes.map((t) => [
      t.assetTypeId,
      t.assetTypeName,
      t.assets,
      t.onLoanHours,
      t.availableHours,
      t.share,
    ]),
  };
}
