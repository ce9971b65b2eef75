/** The columns of an asset that the "where assets are" reports share. */
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { NeverLentReport } from '../../domain/api/reports.js';
import { asset, assetType, location } from '../db/schema/index.js';
import type { CsvCell } from '../http/csv-reply.js';

export const homeLocation = alias(location, 'home_location');

export const assetRowFields = {
  assetId: asset.id,
  name: asset.name,
  barcode: asset.barcode,
  assetTypeName: assetType.name,
  homeLocationId: homeLocation.id,
  homeLocationName: homeLocation.name,
};

export const typeOfAsset = eq(assetType.id, asset.assetTypeId);
export const homeOfAsset = eq(homeLocation.id, asset.homeLocationId);

type AssetRow = NeverLentReport['assets'][number];

export function toAssetRow(r: {
  assetId: string;
  name: string;
  barcode: string | null;
  assetTypeName: string | null;
  homeLocationId: string | null;
  homeLocationName: string | null;
}): AssetRow {
  return {
    assetId: r.assetId,
    name: r.name,
    barcode: r.barcode,
    assetTypeName: r.assetTypeName,
    homeLocation:
      r.homeLocationId === null || r.homeLocationName === null
        ? null
        : { id: r.homeLocationId, name: r.homeLocationName },
  };
}

export const assetRowColumns = ['asset id', 'asset', 'barcode', 'asset type', 'home location'] as const;

export function assetRowCells(a: AssetRow): CsvCell[] {
  return [a.assetId, a.name, a.barcode, a.assetTypeName, a.homeLocation?.name ?? null];
}
