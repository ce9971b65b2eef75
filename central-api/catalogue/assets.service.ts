import { and, asc, count, eq, ilike, isNotNull, isNull, not, or, sql, type SQL } from 'drizzle-orm';
import type {
  AssetSort,
  AssetsPage,
  AssetsQuery,
  AssetStatus,
  AssetWithLoan,
  SortOrder,
  CreateAssetRequest,
  DisposeAssetRequest,
  UpdateAssetRequest,
} from '../../domain/api/assets.js';
import { credentialKey } from '../../domain/credentials/credential-key.js';
import { KitdeskError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import type { Asset } from '../../domain/model/asset.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import type { Db, Tx } from '../db/database.js';
import { toAsset } from '../db/rows.js';
import { asset, credential } from '../db/schema/index.js';
import { assetIsOnLoan, openLoansOfAssets } from '../lending/open-asset-loans.js';
import { changedFields, containsPattern, describeEdit, notFound, pageOfRows, sentFields } from './editing.js';

function statusFilter(status: AssetStatus): SQL | undefined {
  switch (status) {
    case 'available':
      return and(isNull(asset.disposalDate), eq(asset.cannotLend, false), not(assetIsOnLoan));
    case 'on_loan':
      return assetIsOnLoan;
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

export async function listAssets(db: Db, query: AssetsQuery): Promise<AssetsPage> {
  const filters: (SQL | undefined)[] = [
    query.groupId === undefined ? undefined : eq(asset.groupId, query.groupId),
    query.locationId === undefined ? undefined : eq(asset.locationId, query.locationId),
    query.assetTypeId === undefined ? undefined : eq(asset.assetTypeId, query.assetTypeId),
    query.status === undefined ? undefined : statusFilter(query.status),
  ];
  if (query.q) {
    const like = containsPattern(query.q);
    const code = credentialKey(query.q);
    filters.push(
      or(
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
      ),
    );
  }
  const where = and(...filters);
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

async function withLoans(db: Db | Tx, assets: Asset[]): Promise<AssetWithLoan[]> {
  const loans = await openLoansOfAssets(
    db,
    assets.map((a) => a.id),
  );
  return assets.map((a) => ({ ...a, allocationId: loans.get(a.id) ?? null }));
}

/** An asset just added or disposed of is on no loan (disposal refuses one that is). */
const notOnLoan = (a: Asset): AssetWithLoan => ({ ...a, allocationId: null });

export async function getAsset(db: Db, id: string): Promise<AssetWithLoan> {
  const [row] = await db.select().from(asset).where(eq(asset.id, id));
  if (!row) throw notFound('asset');
  const [found] = await withLoans(db, [toAsset(row)]);
  return found!;
}

export async function createAsset(
  ctx: Pick<AppContext, 'db'>,
  actor: AuditActor,
  input: CreateAssetRequest,
): Promise<AssetWithLoan> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(asset)
      .values({ id: newId(), ...input })
      .returning();
    const after = toAsset(row!);
    await appendAudit(tx, actor, {
      action: 'asset.create',
      entityType: 'asset',
      entityId: after.id,
      description: `${after.name} was added to the catalogue.`,
      after,
    });
    return notOnLoan(after);
  });
}

async function lockAsset(tx: Tx, id: string): Promise<Asset> {
  const [row] = await tx.select().from(asset).where(eq(asset.id, id)).for('update');
  if (!row) throw notFound('asset');
  return toAsset(row);
}

export async function updateAsset(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  id: string,
  patch: UpdateAssetRequest,
): Promise<AssetWithLoan> {
  const values = sentFields(patch);
  return ctx.db.transaction(async (tx) => {
    const before = await lockAsset(tx, id);
    const loanId = (await openLoansOfAssets(tx, [id])).get(id) ?? null;
    if (loanId !== null && values.groupId !== undefined && values.groupId !== before.groupId) {
      throw new KitdeskError(
        'conflict',
        `${before.name} is on loan: return it before moving it to another kit.`,
      );
    }
    const [row] = await tx
      .update(asset)
      .set({ ...values, updatedAt: ctx.now() })
      .where(eq(asset.id, id))
      .returning();
    const after = toAsset(row!);
    await appendAudit(tx, actor, {
      action: 'asset.update',
      entityType: 'asset',
      entityId: id,
      description: describeEdit(after.name, changedFields(before, after)),
      before,
      after,
    });
    return { ...after, allocationId: loanId };
  });
}

/** Take an asset out of service for good: it keeps its history but can never be lent again. */
export async function disposeAsset(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  id: string,
  disposal: DisposeAssetRequest,
): Promise<AssetWithLoan> {
  return ctx.db.transaction(async (tx) => {
    const before = await lockAsset(tx, id);
    if (before.disposalDate) {
      throw new KitdeskError('conflict', `${before.name} was already disposed of on ${before.disposalDate}.`);
    }
    if ((await openLoansOfAssets(tx, [id])).has(id)) {
      throw new KitdeskError('conflict', `${before.name} is on loan: return it before disposing of it.`);
    }
    const [row] = await tx
      .update(asset)
      .set({
        disposalDate: disposal.date,
        disposalReason: disposal.reason,
        disposalTypeId: disposal.disposalTypeId,
        updatedAt: ctx.now(),
      })
      .where(eq(asset.id, id))
      .returning();
    const after = toAsset(row!);
    await appendAudit(tx, actor, {
      action: 'asset.dispose',
      entityType: 'asset',
      entityId: id,
      description: `${after.name} was disposed of on ${disposal.date}: ${disposal.reason}`,
      before,
      after,
    });
    return notOnLoan(after);
  });
}
