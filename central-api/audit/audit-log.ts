import { newId } from '../../domain/ids.js';
import type { AuditActor } from '../auth/actor.js';
import type { Db, Tx } from '../db/database.js';
import { insertRows } from '../db/raw-query.js';
import { auditPending } from '../db/schema/index.js';

export type AuditRecord = {
  /** A stable dotted name such as `asset.update` or `loan.checkout`. */
  action: string;
  entityType: string;
  entityId: string | null;
  /** Other ids the entry concerns (the borrower and assets of a loan), for their history pages. */
  subjects?: readonly string[];
  /** A sentence a person reads in a history list. */
  description: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Record a change in the audit trail, inside the transaction that makes it: the entry is sealed into the
 * hash chain when that transaction commits and vanishes with it if it rolls back.
 */
export async function appendAudit(tx: Tx | Db, actor: AuditActor, record: AuditRecord): Promise<void> {
  await tx.insert(auditPending).values(auditRow(actor, record));
}

/** The row appendAudit writes, for a statement that writes it together with the change itself. */
export function auditRow(actor: AuditActor, record: AuditRecord): typeof auditPending.$inferInsert {
  const subjects = new Set(record.subjects ?? []);
  if (record.entityId !== null) subjects.add(record.entityId);
  return {
    id: newId(),
    actorKind: actor.kind,
    actorId: actor.id,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    subjects: [...subjects],
    description: record.description,
    before: record.before ?? null,
    after: record.after ?? null,
  };
}

/** Record many changes at once (a bulk import), in the transaction that makes them. */
export async function appendAuditEntries(
  tx: Tx | Db,
  actor: AuditActor,
  records: readonly AuditRecord[],
): Promise<void> {
  await insertRows(
    tx,
    auditPending,
    records.map((r) => auditRow(actor, r)),
  );
}
