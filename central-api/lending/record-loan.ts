import { inArray, type WithSubquery } from 'drizzle-orm';
import { newId } from '../../domain/ids.js';
import type { Reason } from '../../domain/lending/reasons.js';
import type { Allocation, AllocationAssetLine, AllocationItemLine } from '../../domain/model/allocation.js';
import { auditRow, type AuditRecord } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import {
  allocation,
  allocationAssetLine,
  allocationItemLine,
  asset,
  auditPending,
} from '../db/schema/index.js';

export type Loan = {
  allocation: Allocation;
  assetLines: AllocationAssetLine[];
  itemLines: AllocationItemLine[];
};

export type LoanToRecord = {
  allocation: Allocation;
  assetIds: string[];
  groupItemIds: string[];
  borrowerName: string;
  assetNames: string[];
  override: { reason: Reason; staffId: string } | null;
  actor: AuditActor;
  /** Another row to write in the same statement: a kiosk event's receipt. */
  alsoWrite?: ((tx: Tx) => WithSubquery) | undefined;
};

/**
 * Write an allowed loan: the allocation, its lines, the assets now "with borrower" and the audit entries,
 * in one statement (a chain of data-modifying CTEs), because a checkout's speed is mostly its round trips.
 */
export async function recordLoan(tx: Tx, loan: LoanToRecord): Promise<Loan> {
  const a = loan.allocation;
  const assetLines = loan.assetIds.map((assetId): AllocationAssetLine => ({
    id: newId(),
    allocationId: a.id,
    assetId,
    returnedAt: null,
    returnedToLocationId: null,
    conditionNote: null,
  }));
  const itemLines = loan.groupItemIds.map((groupItemId): AllocationItemLine => ({
    id: newId(),
    allocationId: a.id,
    groupItemId,
    returnedAt: null,
  }));
  const lent: Loan = { allocation: a, assetLines, itemLines };
  const at = new Date(a.outAt);

  const audits: AuditRecord[] = [
    {
      action: 'loan.checkout',
      entityType: 'allocation',
      entityId: a.id,
      subjects: [
        a.personId,
        ...loan.assetIds,
        ...loan.groupItemIds,
        ...(loan.override ? [loan.override.staffId] : []),
      ],
      description: `${loan.borrowerName} borrowed ${loan.assetNames.join(', ')}, due back ${a.dueAt}.`,
      after: lent,
    },
  ];
  if (loan.override) {
    audits.push({
      action: 'loan.override',
      entityType: 'allocation',
      entityId: a.id,
      subjects: [a.personId, loan.override.staffId, ...loan.assetIds],
      description: loan.override.reason.message,
      after: loan.override.reason.facts,
    });
  }

  const writes: WithSubquery[] = [
    tx.$with('new_allocation').as(
      tx
        .insert(allocation)
        .values({ ...a, outAt: at, dueAt: new Date(a.dueAt), returnedAt: null })
        .returning({ id: allocation.id }),
    ),
    tx.$with('new_asset_lines').as(
      tx
        .insert(allocationAssetLine)
        .values(assetLines.map((l) => ({ id: l.id, allocationId: l.allocationId, assetId: l.assetId })))
        .returning({ id: allocationAssetLine.id }),
    ),
    // "With borrower": an asset out on loan is at no location until it comes back.
    tx
      .$with('assets_out')
      .as(
        tx
          .update(asset)
          .set({ locationId: null, updatedAt: at })
          .where(inArray(asset.id, loan.assetIds))
          .returning({ id: asset.id }),
      ),
  ];
  if (itemLines.length > 0) {
    writes.push(
      tx.$with('new_item_lines').as(
        tx
          .insert(allocationItemLine)
          .values(
            itemLines.map((l) => ({ id: l.id, allocationId: l.allocationId, groupItemId: l.groupItemId })),
          )
          .returning({ id: allocationItemLine.id }),
      ),
    );
  }
  if (loan.alsoWrite) writes.push(loan.alsoWrite(tx));
  await tx
    .with(...writes)
    .insert(auditPending)
    .values(audits.map((r) => auditRow(loan.actor, r)));
  return lent;
}
