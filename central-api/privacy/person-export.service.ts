import { arrayContains, asc, eq, inArray, or } from 'drizzle-orm';
import type { PersonExport } from '../../domain/api/privacy.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import { notFound } from '../catalogue/editing.js';
import { emailsTo } from '../reminders/email-log.service.js';
import { toAllocation, toAssetLine, toAuditEntry, toItemLine, toPerson } from '../db/rows.js';
import {
  allocation,
  allocationAssetLine,
  allocationItemLine,
  asset,
  auditEntry,
  groupItem,
  person,
  refreshToken,
} from '../db/schema/index.js';

/**
 * Everything the central database holds about a person (a subject access request), read in one
 * snapshot. Handing it out is itself recorded, without the data.
 */
export async function exportPerson(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  personId: string,
): Promise<PersonExport> {
  return ctx.db.transaction(
    async (tx) => {
      const [p] = await tx.select().from(person).where(eq(person.id, personId));
      if (!p) throw notFound('person');
      const loans = await tx
        .select()
        .from(allocation)
        .where(eq(allocation.personId, personId))
        .orderBy(asc(allocation.outAt));
      const loanIds = loans.map((l) => l.id);
      const assetLines =
        loanIds.length === 0
          ? []
          : await tx
              .select({ line: allocationAssetLine, assetName: asset.name })
              .from(allocationAssetLine)
              .innerJoin(asset, eq(asset.id, allocationAssetLine.assetId))
              .where(inArray(allocationAssetLine.allocationId, loanIds));
      const itemLines =
        loanIds.length === 0
          ? []
          : await tx
              .select({ line: allocationItemLine, name: groupItem.name })
              .from(allocationItemLine)
              .innerJoin(groupItem, eq(groupItem.id, allocationItemLine.groupItemId))
              .where(inArray(allocationItemLine.allocationId, loanIds));
      const approved = await tx
        .select({ id: allocation.id })
        .from(allocation)
        .where(eq(allocation.overrideById, personId));
      const owned = await tx
        .select({ id: asset.id, name: asset.name })
        .from(asset)
        .where(eq(asset.ownerId, personId));
      const sessions = await tx
        .select()
        .from(refreshToken)
        .where(eq(refreshToken.personId, personId))
        .orderBy(asc(refreshToken.createdAt));
      const entries = await tx
        .select()
        .from(auditEntry)
        .where(or(arrayContains(auditEntry.subjects, [personId]), eq(auditEntry.actorId, personId)))
        .orderBy(asc(auditEntry.seq));
      const exported: PersonExport = {
        exportedAt: ctx.now().toISOString(),
        person: toPerson(p),
        loans: loans.map((l) => ({
          allocation: toAllocation(l),
          assets: assetLines
            .filter((a) => a.line.allocationId === l.id)
            .map((a) => ({ ...toAssetLine(a.line), assetName: a.assetName })),
          accessories: itemLines
            .filter((i) => i.line.allocationId === l.id)
            .map((i) => ({ ...toItemLine(i.line), name: i.name })),
        })),
        approvedLoanIds: approved.map((a) => a.id),
        ownedAssets: owned,
        sessions: sessions.map((s) => ({
          createdAt: s.createdAt.toISOString(),
          expiresAt: s.expiresAt.toISOString(),
          revokedAt: s.revokedAt?.toISOString() ?? null,
        })),
        emails: await emailsTo(tx, personId),
        auditEntries: entries.map(toAuditEntry),
      };
      await appendAudit(tx, actor, {
        action: 'person.data_exported',
        entityType: 'person',
        entityId: personId,
        description: `Everything held about a person was exported for them (${entries.length} history entries, ${loans.length} loans).`,
      });
      return exported;
    },
    { isolationLevel: 'repeatable read' },
  );
}
