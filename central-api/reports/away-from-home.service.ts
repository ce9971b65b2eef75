import { and, asc, eq, isNull, ne, not, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AwayFromHomeQuery, AwayFromHomeReport } from '../../domain/api/reports.js';
import type { AppContext } from '../app-context.js';
import { allocationAssetLine, asset, assetType, location } from '../db/schema/index.js';
import type { CsvTable } from '../http/csv-reply.js';
import { assetIsOnLoan } from '../lending/open-asset-loans.js';
import {
  assetRowCells,
  assetRowColumns,
  assetRowFields,
  homeLocation,
  homeOfAsset,
  toAssetRow,
  typeOfAsset,
} from './asset-rows.js';
import { assetConditions } from './report-filters.js';

const currentLocation = alias(location, 'current_location');

/** Assets that are in (not on loan, not disposed of) but somewhere other than their home location. */
export async function awayFromHomeReport(
  ctx: Pick<AppContext, 'db'>,
  q: AwayFromHomeQuery,
): Promise<AwayFromHomeReport> {
  const rows = await ctx.db
    .select({
      ...assetRowFields,
      locationId: currentLocation.id,
      locationName: currentLocation.name,
      lastReturnedAt: sql`(select max(${allocationAssetLine.returnedAt}) from ${allocationAssetLine}
        where ${allocationAssetLine.assetId} = ${asset.id})`.mapWith(allocationAssetLine.returnedAt),
    })
    .from(asset)
    .innerJoin(currentLocation, eq(currentLocation.id, asset.locationId))
    .innerJoin(homeLocation, homeOfAsset)
    .leftJoin(assetType, typeOfAsset)
    .where(
      and(
        not(assetIsOnLoan),
        isNull(asset.disposalDate),
        ne(asset.locationId, asset.homeLocationId),
        ...assetConditions(q),
      ),
    )
    .orderBy(asc(sql`lower(${currentLocation.name})`), asc(sql`lower(${asset.name})`), asc(asset.id));
  return {
    assets: rows.map((r) => ({
      ...toAssetRow(r),
      location: { id: r.locationId, name: r.locationName },
      lastReturnedAt: r.lastReturnedAt?.toISOString() ?? null,
    })),
  };
}

export function awayFromHomeCsv(report: AwayFromHomeReport): CsvTable {
  return {
    columns: [...assetRowColumns, 'location', 'last returned at'],
    rows: report.assets.map((a) => [...assetRowCells(a), a.location.name, a.lastReturnedAt]),
  };
}
