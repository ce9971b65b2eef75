/**
 * Whether an asset is on loan, and on which, is what its open loan line says (`returned_at` null; the
 * unique index allows one per asset): the asset row keeps no copy of it.
 */
import { and, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { uuidArray } from '../db/raw-query.js';
import { allocationAssetLine, asset } from '../db/schema/index.js';

/** True for an asset row (of the query's `asset`) that is out on a loan now. */
export const assetIsOnLoan: SQL = sql`exists (select 1 from ${allocationAssetLine}
  where ${allocationAssetLine.assetId} = ${asset.id} and ${allocationAssetLine.returnedAt} is null)`;

/**
 * The open loan of each of these assets that is out; assets that are in are not in the map. The ids go
 * as one array parameter: an import asks about 100,000 at once, past PostgreSQL's 65,535 parameters.
 */
export async function openLoansOfAssets(
  db: Db | Tx,
  assetIds: readonly string[],
): Promise<Map<string, string>> {
  if (assetIds.length === 0) return new Map();
  const rows = await db
    .select({ assetId: allocationAssetLine.assetId, allocationId: allocationAssetLine.allocationId })
    .from(allocationAssetLine)
    .where(
      and(
        sql`${allocationAssetLine.assetId} = any(${uuidArray(assetIds)})`,
        isNull(allocationAssetLine.returnedAt),
      ),
    );
  return new Map(rows.map((r) => [r.assetId, r.allocationId]));
}
