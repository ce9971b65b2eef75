/** The filters reports share, as conditions on the `person` (borrower) and `asset` tables. */
import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { asset, person } from '../db/schema/index.js';

/** How reports name assets that have no asset type. */
export const UNTYPED = 'No type';

export type BorrowerFilters = { school?: string | undefined; department?: string | undefined };
export type AssetFilters = { locationId?: string | undefined; assetTypeId?: string | undefined };

export function borrowerConditions(q: BorrowerFilters): SQL[] {
  return [
    ...(q.school === undefined ? [] : [eq(person.school, q.school)]),
    ...(q.department === undefined ? [] : [eq(person.department, q.department)]),
  ];
}

/** `locationId` is where the asset lives (its home), which is what a department owns. */
export function assetConditions(q: AssetFilters): SQL[] {
  return [
    ...(q.locationId === undefined ? [] : [eq(asset.homeLocationId, q.locationId)]),
    ...(q.assetTypeId === undefined ? [] : [eq(asset.assetTypeId, q.assetTypeId)]),
  ];
}

export function hasAssetFilter(q: AssetFilters): boolean {
  return q.locationId !== undefined || q.assetTypeId !== undefined;
}

/** `column` within [start, end); an open end does not restrict. */
export function within(column: PgColumn, bounds: { start: Date | null; end: Date | null }): SQL[] {
  return [
    ...(bounds.start === null ? [] : [gte(column, bounds.start)]),
    ...(bounds.end === null ? [] : [lt(column, bounds.end)]),
  ];
}

/** Every condition, or true when there is none. */
export function allOf(conditions: readonly SQL[]): SQL {
  return and(...conditions) ?? sql`true`;
}
