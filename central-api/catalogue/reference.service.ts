import { newId } from '../../domain/ids.js';
import type { Page } from '../../domain/api/pagination.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import { KitdeskError } from '../../domain/errors.js';
import { changedFields, describeEdit, listedInWords, notFound, sentFields } from './editing.js';
import type { ReferenceKind } from './reference-kinds.js';
import { usesOf } from './reference-uses.js';

type Named = { id: string; name: string };
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export async function listReferences<V extends Named, C, U>(
  ctx: Pick<AppContext, 'db'>,
  kind: ReferenceKind<V, C, U>,
  query: { q?: string | undefined; page: number; pageSize: number },
): Promise<Page<V>> {
  const { rows, total } = await kind.list(ctx.db, query.q, query.page, query.pageSize);
  return { items: rows, page: query.page, pageSize: query.pageSize, total };
}

export async function getReference<V extends Named, C, U>(
  ctx: Pick<AppContext, 'db'>,
  kind: ReferenceKind<V, C, U>,
  id: string,
): Promise<V> {
  const found = await kind.find(ctx.db, id, false);
  if (!found) throw notFound(kind.label);
  return found;
}

export async function createReference<V extends Named, C, U>(
  ctx: Pick<AppContext, 'db'>,
  actor: AuditActor,
  kind: ReferenceKind<V, C, U>,
  input: C,
): Promise<V> {
  return ctx.db.transaction(async (tx) => {
    const after = await kind.insert(tx, newId(), input);
    await appendAudit(tx, actor, {
      action: `${kind.entityType}.create`,
      entityType: kind.entityType,
      entityId: after.id,
      description: `${capital(kind.label)} “${after.name}” was added.`,
      after,
    });
    return after;
  });
}

export async function updateReference<V extends Named, C, U extends object>(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  kind: ReferenceKind<V, C, U>,
  id: string,
  patch: Partial<U>,
): Promise<V> {
  return ctx.db.transaction(async (tx) => {
    const before = await kind.find(tx, id, true);
    if (!before) throw notFound(kind.label);
    const after = await kind.update(tx, id, sentFields(patch), ctx.now());
    await appendAudit(tx, actor, {
      action: `${kind.entityType}.update`,
      entityType: kind.entityType,
      entityId: id,
      description: describeEdit(`${capital(kind.label)} “${after.name}”`, changedFields(before, after)),
      before,
      after,
    });
    return after;
  });
}

/**
 * Delete a location or type that nothing uses. One still in use is refused with a sentence saying what
 * uses it ("12 assets have this type"), so the technician can move them or rename it instead.
 */
export async function deleteReference<V extends Named, C, U>(
  ctx: Pick<AppContext, 'db'>,
  actor: AuditActor,
  kind: ReferenceKind<V, C, U>,
  id: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await kind.find(tx, id, true);
    if (!before) throw notFound(kind.label);
    const { details, clauses } = await usesOf(tx, kind.uses, id);
    if (clauses.length > 0) {
      throw new KitdeskError(
        'in_use',
        `${capital(kind.label)} “${before.name}” cannot be deleted: ${listedInWords(clauses)}. ` +
          'Move or change those first, or rename it instead.',
        details,
      );
    }
    await kind.remove(tx, id);
    await appendAudit(tx, actor, {
      action: `${kind.entityType}.delete`,
      entityType: kind.entityType,
      entityId: id,
      description: `${capital(kind.label)} “${before.name}” was deleted.`,
      before,
    });
  });
}
