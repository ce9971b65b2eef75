import { asc, count, eq, ilike, sql } from 'drizzle-orm';
import type {
  CreateGroupItemRequest,
  CreateGroupRequest,
  GroupDetail,
  GroupsPage,
  UpdateGroupItemRequest,
  UpdateGroupRequest,
} from '../../domain/api/kits.js';
import type { PageQuery } from '../../domain/api/pagination.js';
import { newId } from '../../domain/ids.js';
import type { Group, GroupItem } from '../../domain/model/kit.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import { toGroup, toGroupItem } from '../db/rows.js';
import { asset, assetGroup, groupItem } from '../db/schema/index.js';
import { changedFields, containsPattern, describeEdit, notFound, pageOfRows, sentFields } from './editing.js';

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
      .select({ id: asset.id, name: asset.name })
      .from(asset)
      .where(eq(asset.groupId, id))
      .orderBy(asc(asset.name), asc(asset.id)),
    ctx.db
      .select()
      .from(groupItem)
      .where(eq(groupItem.groupId, id))
      .orderBy(asc(groupItem.name), asc(groupItem.id)),
  ]);
  return { ...toGroup(row), members, items: items.map(toGroupItem) };
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
    const [group] = await tx.select().from(assetGroup).where(eq(assetGroup.id, groupId));
    if (!group) throw notFound('kit');
    const [row] = await tx
      .insert(groupItem)
      .values({ id: newId(), groupId, ...input })
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
    const [old] = await tx.delete(groupItem).where(eq(groupItem.id, id)).returning();
    if (!old) throw notFound('kit accessory');
    const before = toGroupItem(old);
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
