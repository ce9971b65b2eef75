import { and, asc, eq, isNull, notExists, sql } from 'drizzle-orm';
import type { NeverLentQuery, NeverLentReport } from '../../domain/api/reports.js';
import type { AppContext } from '../app-context.js';
import { allocation, allocationAssetLine, asset, assetType } from '../db/schema/index.js';
import type { CsvTable } from '../http/csv-reply.js';
import {
  assetRowCells,
  assetRowColumns,
  assetRowFields,
  homeLocation,
  homeOfAsset,
  toAssetRow,
  typeOfAsset,
} from './asset-rows.js';
import { assetConditions, within } from './report-filters.js';
import { openPeriodOf } from './report-period.js';

/** Assets in service that no loan took out in the range (ever, without a range). */
export async function neverLentReport(
  ctx: Pick<AppContext, 'db' | 'timeZone'>,
  q: NeverLentQuery,
): Promise<NeverLentReport> {
  const outWithin = await openPeriodOf(ctx.db, ctx.timeZone, q);
  const rows = await ctx.db
    .select(assetRowFields)
    .from(asset)
    .leftJoin(assetType, typeOfAsset)
    .leftJoin(homeLocation, homeOfAsset)
    .where(
      and(
        isNull(asset.disposalDate),
        ...assetConditions(q),
        notExists(
          ctx.db
            .select({ one: sql`1` })
            .from(allocationAssetLine)
            .innerJoin(allocation, eq(allocation.id, allocationAssetLine.allocationId))
            .where(and(eq(allocationAssetLine.assetId, asset.id), ...within(allocation.outAt, outWithin))),
        ),
      ),
    )
    .orderBy(asc(sql`lower(${asset.name})`), asc(asset.id));
  return { assets: rows.map(toAssetRow) };
}

export function neverLentCsv(report: NeverLentReport): CsvTable {
  return { columns: assetRowColumns, rows: report.assets.map(assetRowCells) };
}
