/** `GET /assets`: one page of the catalogue, searched, filtered and sorted in the database. */
import { and, asc, count, eq, gt, ilike, isNotNull, isNull, lt, not, or, sql, type SQL } from 'drizzle-orm';
import type {
  AssetSort,
  AssetsPage,
  AssetsQuery,
  AssetStatusFilter,
  SortOrder,
} from '../../domain/api/assets.js';
import { credentialKey } from '../../domain/credentials/credential-key.js';
import type { AppContext } from '../app-context.js';
import { toAsset } from '../db/rows.js';
import { allocation, allocationAssetLine, asset, credential } from '../db/schema/index.js';
import { assetIsOnLoan } from '../lending/open-asset-loans.js';
import { withLoans } from './asset-detail.js';
import { containsPattern, pageOfRows } from './editing.js';

/** On a loan whose due time has passed: the loan is still open, so the asset is still out. */
const assetIsOverdue = (now: Date): SQL => sql`exists (select 1 from ${allocationAssetLine}
  join ${allocation} on ${allocation.id} = ${allocationAssetLine.allocationId}
  where ${allocationAssetLine.assetId} = ${asset.id} and ${allocationAssetLine.returnedAt} is null
    and ${lt(allocation.dueAt, now)})`;

function statusFilter(status: AssetStatusFilter, now: Date): SQL | undefined {
  switch (status) {
    case 'available':
      return and(isNull(asset.disposalDate), eq(asset.cannotLend, false), not(assetIsOnLoan));
    case 'on_loan':
      return assetIsOnLoan;
    case 'overdue':
      return assetIsOverdue(now);
    case 'disposed':
      return isNotNull(asset.disposalDate);
    case 'cannot_lend':
      return eq(asset.cannotLend, true);
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/** `isHighValue` in SQL: a person's choice, else the estimated value against the threshold. */
function highValueFilter(highValue: boolean, thresholdPence: number): SQL | undefined {
  const byValue = and(isNull(asset.highValue), gt(asset.estimatedValuePence, thresholdPence));
  const high = or(eq(asset.highValue, true), byValue);
  return highValue ? high : sql`not coalesce(${high}, false)`;
}

const sortColumns = {
  name: sql`lower(${asset.name})`,
  barcode: asset.barcode,
  serialNumber: sql`lower(${asset.serialNumber})`,
  modelId: sql`lower(${asset.modelId})`,
  manufacturer: sql`lower(${asset.manufacturer})`,
} satisfies Record<AssetSort, unknown>;

/** Empty values last in either direction, so a sort by serial number starts with serial numbers. */
function assetOrder(sort: AssetSort = 'name', order: SortOrder = 'asc'): SQL[] {
  const byName = sql`lower(${asset.name})`;
  const direction = sql.raw(order === 'desc' ? 'desc' : 'asc');
  if (sort === 'name') return [sql`${byName} ${direction}`, sql`${asset.id} ${direction}`];
  return [sql`${sortColumns[sort]} ${direction} nulls last`, asc(byName), asc(asset.id)];
}

function searchFilter(q: string): SQL | undefined {
  const like = containsPattern(q);
  const code = credentialKey(q);
  return or(
    ilike(asset.name, like),
    ilike(asset.serialNumber, like),
    ilike(asset.manufacturer, like),
    ilike(asset.modelId, like),
    // A label by its credential row (one per barcode, RFID and QR value): one index lookup, so the
    // planner can join every arm of the search by index instead of reading every asset.
    eq(
      asset.id,
      sql`(select ${credential.ownerId} from ${credential} where ${credential.code} = ${code} and ${credential.ownerKind} = 'asset')`,
    ),
  );
}

export async function listAssets(
  ctx: Pick<AppContext, 'db' | 'now' | 'policy'>,
  query: AssetsQuery,
): Promise<AssetsPage> {
  const { db } = ctx;
  const where = and(
    query.groupId === undefined ? undefined : eq(asset.groupId, query.groupId),
    query.locationId === undefined ? undefined : eq(asset.locationId, query.locationId),
    query.homeLocationId === undefined ? undefined : eq(asset.homeLocationId, query.homeLocationId),
    query.assetTypeId === undefined ? undefined : eq(asset.assetTypeId, query.assetTypeId),
    query.status === undefined ? undefined : statusFilter(query.status, ctx.now()),
    query.highValue === undefined
      ? undefined
      : highValueFilter(query.highValue, ctx.policy.highValueThresholdPence),
    query.q ? searchFilter(query.q) : undefined,
  );
  const { rows, total } = await pageOfRows(
    db
      .select()
      .from(asset)
      .where(where)
      .orderBy(...assetOrder(query.sort, query.order))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(asset).where(where),
  );
  return { items: await withLoans(db, rows.map(toAsset)), page: query.page, pageSize: query.pageSize, total };
}
