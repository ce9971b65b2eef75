/** Tagged assets joining and leaving a kit, refused by name when the asset cannot. */
import { eq } from 'drizzle-orm';
import { KitdeskError } from '../../domain/errors.js';
import type { AssetWithLoan } from '../../domain/api/assets.js';
import type { Asset } from '../../domain/model/asset.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { toAsset, toGroup } from '../db/rows.js';
import { asset, assetGroup } from '../db/schema/index.js';
import { openLoansOfAssets } from '../lending/open-asset-loans.js';
import { notFound } from './editing.js';

async function lockedMember(tx: Tx, kitId: string, assetId: string) {
  const [kit] = await tx.select().from(assetGroup).where(eq(assetGroup.id, kitId));
  if (!kit) throw notFound('kit');
  const [row] = await tx.select().from(asset).where(eq(asset.id, assetId)).for('update');
  if (!row) throw notFound('asset');
  const loanId = (await openLoansOfAssets(tx, [assetId])).get(assetId) ?? null;
  return { kit: toGroup(kit), before: toAsset(row), loanId };
}

async function setKit(
  tx: Tx,
  ctx: Pick<AppContext, 'now'>,
  actor: AuditActor,
  change: { before: Asset; kitId: string; groupId: string | null; description: string },
): Promise<AssetWithLoan> {
  const [row] = await tx
    .update(asset)
    .set({ groupId: change.groupId, updatedAt: ctx.now() })
    .where(eq(asset.id, change.before.id))
    .returning();
  const after = toAsset(row!);
  await appendAudit(tx, actor, {
    action: 'asset.update',
    entityType: 'asset',
    entityId: after.id,
    subjects: [change.kitId],
    description: change.description,
    before: change.before,
    after,
  });
  return { ...after, allocationId: null };
}

/**
 * Add a tagged asset to a kit. One already in another kit, disposed of or out on a loan is refused with a
 * sentence that names it, so a technician scanning labels at the desk knows which one and why.
 */
export async function addGroupMember(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  kitId: string,
  assetId: string,
): Promise<AssetWithLoan> {
  return ctx.db.transaction(async (tx) => {
    const { kit, before, loanId } = await lockedMember(tx, kitId, assetId);
    if (before.groupId === kitId) return { ...before, allocationId: loanId };
    if (before.groupId !== null) {
      const [other] = await tx.select().from(assetGroup).where(eq(assetGroup.id, before.groupId));
      throw new KitdeskError(
        'conflict',
        `${before.name} is in kit ${other?.name ?? 'another kit'}: take it out of that kit first.`,
        { assetId, groupId: before.groupId },
      );
    }
    if (before.disposalDate) {
      throw new KitdeskError(
        'conflict',
        `${before.name} was disposed of on ${before.disposalDate}, so it cannot join a kit.`,
        { assetId },
      );
    }
    if (loanId !== null) {
      throw new KitdeskError('conflict', `${before.name} is on loan: return it before adding it to a kit.`, {
        assetId,
      });
    }
    return setKit(tx, ctx, actor, {
      before,
      kitId,
      groupId: kitId,
      description: `${before.name} joined kit “${kit.name}”.`,
    });
  });
}

/** Take a tagged asset out of its kit; not while it is out, as the loan lent it as part of the kit. */
export async function removeGroupMember(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  kitId: string,
  assetId: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { kit, before, loanId } = await lockedMember(tx, kitId, assetId);
    if (before.groupId !== kitId) {
      throw new KitdeskError('not_found', `${before.name} is not in kit ${kit.name}.`, { assetId });
    }
    if (loanId !== null) {
      throw new KitdeskError(
        'conflict',
        `${before.name} is on loan: return it before taking it out of the kit.`,
        { assetId },
      );
    }
    await setKit(tx, ctx, actor, {
      before,
      kitId,
      groupId: null,
      description: `${before.name} left kit “${kit.name}”.`,
    });
  });
}
