import { eq } from 'drizzle-orm';
import type {
  AssetDetail,
  CreateAssetRequest,
  DisposeAssetRequest,
  UpdateAssetRequest,
} from '../../domain/api/assets.js';
import { isoToBritish } from '../../domain/dates/british-date.js';
import { KitdeskError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import type { Db, Tx } from '../db/database.js';
import { toAsset } from '../db/rows.js';
import { asset } from '../db/schema/index.js';
import { openLoansOfAssets } from '../lending/open-asset-loans.js';
import { detailOf, refuseStaleEdit } from './asset-detail.js';
import { changedFields, describeEdit, notFound, sentFields } from './editing.js';

/** An asset just added or disposed of is on no loan (disposal refuses one that is). */
const notOnLoan = { loan: null } as const;

export async function getAsset(db: Db, id: string): Promise<AssetDetail> {
  const [row] = await db.select().from(asset).where(eq(asset.id, id));
  if (!row) throw notFound('asset');
  return detailOf(db, row);
}

export async function createAsset(
  ctx: Pick<AppContext, 'db'>,
  actor: AuditActor,
  input: CreateAssetRequest,
): Promise<AssetDetail> {
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
    return detailOf(tx, row!, notOnLoan);
  });
}

async function lockAsset(tx: Tx, id: string) {
  const [row] = await tx.select().from(asset).where(eq(asset.id, id)).for('update');
  if (!row) throw notFound('asset');
  return row;
}

export async function updateAsset(
  ctx: Pick<AppContext, 'db' | 'now' | 'timeZone'>,
  actor: AuditActor,
  id: string,
  { expectedUpdatedAt, ...patch }: UpdateAssetRequest,
): Promise<AssetDetail> {
  const values = sentFields(patch);
  return ctx.db.transaction(async (tx) => {
    const locked = await lockAsset(tx, id);
    if (expectedUpdatedAt !== undefined) await refuseStaleEdit(tx, ctx.timeZone, locked, expectedUpdatedAt);
    const before = toAsset(locked);
    const onLoan = (await openLoansOfAssets(tx, [id])).has(id);
    if (onLoan && values.groupId !== undefined && values.groupId !== before.groupId) {
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
    return detailOf(tx, row!);
  });
}

/** Take an asset out of service for good: it keeps its history but can never be lent again. */
export async function disposeAsset(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  id: string,
  disposal: DisposeAssetRequest,
): Promise<AssetDetail> {
  return ctx.db.transaction(async (tx) => {
    const before = toAsset(await lockAsset(tx, id));
    if (before.disposalDate) {
      throw new KitdeskError(
        'conflict',
        `${before.name} was already disposed of on ${isoToBritish(before.disposalDate)}.`,
      );
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
      description: `${after.name} was disposed of on ${isoToBritish(disposal.date)}: ${disposal.reason}`,
      before,
      after,
    });
    return detailOf(tx, row!, notOnLoan);
  });
}
