import { asc, count, eq, ilike, max, sql } from 'drizzle-orm';
import type {
  CreateGroupItemRequest,
  CreateGroupRequest,
  GroupDetail,
  GroupsPage,
  OrderGroupItemsRequest,
  UpdateGroupItemRequest,
  UpdateGroupRequest,
} from '../../domain/api/kits.js';
import type { PageQuery } from '../../domain/api/pagination.js';
import { KitdeskError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import type { Group, GroupItem } from '../../domain/model/kit.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import { toGroup, toGroupItem } from '../db/rows.js';
import { asset, assetGroup, groupItem } from '../db/schema/index.js';
import { loansOfKitParts } from './kit-parts-out.js';
import {
  changedFields,
  containsPattern,
  describeEdit,
  listedInWords,
  notFound,
  pageOfRows,
  sentFields,
} from './editing.js';
import { groupItemUses, usesOf } from './reference-uses.js';

export async function listGroups(ctx: Pick<AppContext, 'db'>, query: PageQuery): Promise<GroupsPage> {
  const where = query.q ? ilike(assetGroup.name, containsPattern(query.q)) : undefined;
  const { rows, total } = await pageOfRows(
    ctx.db
      .select()
      .from(assetGroup)
      .where(where)
      .orderBy(asc(sql`lower(${assetGroup.name})`), asc(assetGroup.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(assetGroup).where(where),
  );
  return { items: rows.map(toGroup), page: query.page, pageSize: query.pageSize, total };
}

export async function getGroup(ctx: Pick<AppContext, 'db'>, id: string): Promise<GroupDetail> {
  const [row] = await ctx.db.select().from(assetGroup).where(eq(assetGroup.id, id));
  if (!row) throw notFound('kit');
  const [members, items] = await Promise.all([
    ctx.db
      .select({ id: asset.id, name: asset.name, barcode: asset.barcode })
      .from(asset)
      .where(eq(asset.groupId, id))
      .orderBy(asc(asset.name), asc(asset.id)),
    ctx.db
      .select()
      .from(groupItem)
      .where(eq(groupItem.groupId, id))
      .orderBy(asc(groupItem.position), asc(groupItem.name), asc(groupItem.id)),
  ]);
  const out = await loansOfKitParts(
    ctx.db,
    members.map((m) => m.id),
    items.map((i) => i.id),
  );
  return {
    ...toGroup(row),
    members: members.map((m) => ({ ...m, loan: out.assets.get(m.id) ?? null })),
    items: items.map((i) => ({ ...toGroupItem(i), loan: out.items.get(i.id) ?? null })),
  };
}

export async function createGroup(
  ctx: Pick<AppContext, 'db'>,
  actor: AuditActor,
  input: CreateGroupRequest,
): Promise<Group> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(assetGroup)
      .values({ id: newId(), ...input })
      .returning();
    const after = toGroup(row!);
    await appendAudit(tx, actor, {
      action: 'group.create',
      entityType: 'group',
      entityId: after.id,
      description: `Kit “${after.name}” was added.`,
      after,
    });
    return after;
  });
}

export async function updateGroup(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  id: string,
  patch: UpdateGroupRequest,
): Promise<Group> {
  return ctx.db.transaction(async (tx) => {
    const [old] = await tx.select().from(assetGroup).where(eq(assetGroup.id, id)).for('update');
    if (!old) throw notFound('kit');
    const [row] = await tx
      .update(assetGroup)
      .set({ ...sentFields(patch), updatedAt: ctx.now() })
      .where(eq(assetGroup.id, id))
      .returning();
    const before = toGroup(old);
    const after = toGroup(row!);
    await appendAudit(tx, actor, {
      action: 'group.update',
      entityType: 'group',
      entityId: id,
      description: describeEdit(`Kit “${after.name}”`, changedFields(before, after)),
      before,
      after,
    });
    return after;
  });
}

export async function addGroupItem(
  ctx: Pick<AppContext, 'db'>,
  actor: AuditActor,
  groupId: string,
  input: CreateGroupItemRequest,
): Promise<GroupItem> {
  return ctx.db.transaction(async (tx) => {
    const [group] = await tx.select().from(assetGroup).where(eq(assetGroup.id, groupId)).for('update');
    if (!group) throw notFound('kit');
    // A new accessory goes to the end of the checklist.
    const [last] = await tx
      .select({ position: max(groupItem.position) })
      .from(groupItem)
      .where(eq(groupItem.groupId, groupId));
    const [row] = await tx
      .insert(groupItem)
      .values({ id: newId(), groupId, position: (last?.position ?? -1) + 1, ...input })
      .returning();
    const after = toGroupItem(row!);
    await appendAudit(tx, actor, {
      action: 'group_item.create',
      entityType: 'group_item',
      entityId: after.id,
      subjects: [groupId],
      description: `“${after.name}” was added to the checklist of kit “${group.name}”.`,
      after,
    });
    return after;
  });
}

export async function updateGroupItem(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  id: string,
  patch: UpdateGroupItemRequest,
): Promise<GroupItem> {
  return ctx.db.transaction(async (tx) => {
    const [old] = await tx.select().from(groupItem).where(eq(groupItem.id, id)).for('update');
    if (!old) throw notFound('kit accessory');
    const [row] = await tx
      .update(groupItem)
      .set({ ...sentFields(patch), updatedAt: ctx.now() })
      .where(eq(groupItem.id, id))
      .returning();
    const before = toGroupItem(old);
    const after = toGroupItem(row!);
    await appendAudit(tx, actor, {
      action: 'group_item.update',
      entityType: 'group_item',
      entityId: id,
      subjects: [after.groupId],
      description: describeEdit(`Kit accessory “${after.name}”`, changedFields(before, after)),
      before,
      after,
    });
    return after;
  });
}

/** Take an accessory off a kit's checklist; one that has ever been lent stays, as loans name it. */
export async function removeGroupItem(
  ctx: Pick<AppContext, 'db'>,
  actor: AuditActor,
  id: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [found] = await tx.select().from(groupItem).where(eq(groupItem.id, id)).for('update');
    if (!found) throw notFound('kit accessory');
    const { details, clauses } = await usesOf(tx, groupItemUses, id);
    if (clauses.length > 0) {
      throw new KitdeskError(
        'in_use',
        `${found.name} cannot be taken off the checklist: ${listedInWords(clauses)}, and loans keep ` +
          'naming what they lent. Rename it instead if it has changed.',
        details,
      );
    }
    const [old] = await tx.delete(groupItem).where(eq(groupItem.id, id)).returning();
    const before = toGroupItem(old!);
    await appendAudit(tx, actor, {
      action: 'group_item.delete',
      entityType: 'group_item',
      entityId: id,
      subjects: [before.groupId],
      description: `“${before.name}” was taken off its kit's checklist.`,
      before,
    });
  });
}

/** Put a kit's checklist in a new order; the list must name every accessory of the kit once. */
export async function orderGroupItems(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  groupId: string,
  order: OrderGroupItemsRequest,
): Promise<GroupDetail> {
  await ctx.db.transaction(async (tx) => {
    const [group] = await tx.select().from(assetGroup).where(eq(assetGroup.id, groupId)).for('update');
    if (!group) throw notFound('kit');
    const items = await tx.select().from(groupItem).where(eq(groupItem.groupId, groupId));
    const known = new Set(items.map((i) => i.id));
    const sent = new Set(order.itemIds);
    if (
      sent.size !== order.itemIds.length ||
      sent.size !== known.size ||
      order.itemIds.some((i) => !known.has(i))
    ) {
      throw new KitdeskError(
        'conflict',
        `The checklist of kit “${group.name}” has changed since this page loaded: reload it and reorder again.`,
      );
    }
    for (const [position, id] of order.itemIds.entries()) {
      await tx.update(groupItem).set({ position, updatedAt: ctx.now() }).where(eq(groupItem.id, id));
    }
    await appendAudit(tx, actor, {
      action: 'group.update',
      entityType: 'group',
      entityId: groupId,
      description: `Kit “${group.name}”: checklist reordered.`,
    });
  });
  return getGroup(ctx, groupId);
}
