import { newId } from '../../domain/ids.js';
import type { Page } from '../../domain/api/pagination.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import { changedFields, describeEdit, notFound, sentFields } from './editing.js';
import type { ReferenceKind } from './reference-kinds.js';

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
