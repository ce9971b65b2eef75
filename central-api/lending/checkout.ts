import { inArray } from 'drizzle-orm';
import { newId } from '../../domain/ids.js';
import { decideCheckout, type CheckoutDecision } from '../../domain/lending/decide-checkout.js';
import type { BorrowerFacts, LendingPolicy, StaffPresence } from '../../domain/lending/facts.js';
import type { Reason } from '../../domain/lending/reasons.js';
import type { Allocation, AllocationAssetLine, AllocationItemLine } from '../../domain/model/allocation.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { toAllocation, toAssetLine, toItemLine } from '../db/rows.js';
import { allocation, allocationAssetLine, allocationItemLine, asset } from '../db/schema/index.js';
import { findPersonBy, loadKits, loadOpenLines, resolveAndLockAssets, type Label } from './lending-facts.js';
import { policyFor } from './policy.js';

export type CheckoutInput = {
  allocationId: string;
  borrower: { personId: string } | { credential: string };
  labels: readonly Label[];
  confirmedGroupItemIds: readonly string[];
  /** The member of staff present (signed in at the desk, or tapped at a kiosk), with a reason to override. */
  staff: { id: string; overrideReason: string | null } | null;
  /** The due date a kiosk already promised the borrower; null lets the rules set it. */
  dueAt: string | null;
  /** When the loan happened: now at the desk, the event's time for a kiosk. */
  at: Date;
  kioskId: string | null;
  actor: AuditActor;
  policy: LendingPolicy;
};

export type CheckoutOutcome =
  | {
      kind: 'lent';
      allocation: Allocation;
      assetLines: AllocationAssetLine[];
      itemLines: AllocationItemLine[];
      notices: Reason[];
    }
  | { kind: 'refused'; decision: CheckoutDecision };

async function staffPresence(tx: Tx, staff: CheckoutInput['staff']): Promise<StaffPresence | null> {
  if (!staff) return null;
  const found = await findPersonBy(tx, { personId: staff.id });
  // Someone who is not staff is no staff presence: the rules then refuse what needs one.
  if (!found || !(found.staff || found.isAdmin)) return null;
  return { id: found.id, name: found.name, overrideReason: staff.overrideReason };
}

/**
 * Lend, or refuse with the rules' reasons. Runs inside the caller's transaction with the scanned assets
 * locked, so two checkouts of one asset are decided one after the other and only the first can lend it.
 */
export async function checkOut(tx: Tx, input: CheckoutInput): Promise<CheckoutOutcome> {
  const { scanned, locked } = await resolveAndLockAssets(tx, input.labels);
  const borrowerRow = await findPersonBy(tx, input.borrower);
  const borrower: BorrowerFacts = borrowerRow
    ? { kind: 'person', person: borrowerRow }
    : {
        kind: 'unknown',
        credential: 'personId' in input.borrower ? input.borrower.personId : input.borrower.credential,
      };
  const assets = [...locked.values()];
  const [kits, openLoans, staff] = await Promise.all([
    loadKits(
      tx,
      assets.flatMap((a) => (a.groupId === null ? [] : [a.groupId])),
    ),
    loadOpenLines(tx, { assetIds: [...locked.keys()], groupItemIds: [], personId: borrowerRow?.id ?? null }),
    staffPresence(tx, input.staff),
  ]);
  const decision = decideCheckout({
    borrower,
    scanned,
    confirmedGroupItemIds: [...input.confirmedGroupItemIds],
    kits,
    openLoans,
    policy: policyFor(input.policy, assets),
    staff,
    now: input.at.toISOString(),
  });
  if (!decision.allowed || !borrowerRow) return { kind: 'refused', decision };

  const override = decision.notices.find((n) => n.facts.code === 'staff_override');
  const [loan] = await tx
    .insert(allocation)
    .values({
      id: input.allocationId,
      personId: borrowerRow.id,
      outAt: input.at,
      dueAt: new Date(input.dueAt ?? decision.dueAt!),
      kioskId: input.kioskId,
      overrideById: override && staff ? staff.id : null,
      overrideReason: override && staff ? staff.overrideReason : null,
    })
    .returning();
  const assetIds = [...locked.keys()];
  const assetLines = await tx
    .insert(allocationAssetLine)
    .values(assetIds.map((assetId) => ({ id: newId(), allocationId: input.allocationId, assetId })))
    .returning();
  const kitItemIds = new Set(kits.flatMap((k) => k.items.map((i) => i.id)));
  const lentItemIds = [...new Set(input.confirmedGroupItemIds)].filter((id) => kitItemIds.has(id));
  const itemLines =
    lentItemIds.length === 0
      ? []
      : await tx
          .insert(allocationItemLine)
          .values(
            lentItemIds.map((groupItemId) => ({
              id: newId(),
              allocationId: input.allocationId,
              groupItemId,
            })),
          )
          .returning();
  // "With borrower": an asset out on loan is at no location until it comes back.
  await tx
    .update(asset)
    .set({ allocationId: input.allocationId, locationId: null, updatedAt: input.at })
    .where(inArray(asset.id, assetIds));

  const lent = {
    allocation: toAllocation(loan!),
    assetLines: assetLines.map(toAssetLine),
    itemLines: itemLines.map(toItemLine),
  };
  const names = assets.map((a) => a.name).join(', ');
  await appendAudit(tx, input.actor, {
    action: 'loan.checkout',
    entityType: 'allocation',
    entityId: input.allocationId,
    subjects: [borrowerRow.id, ...assetIds, ...lentItemIds, ...(staff ? [staff.id] : [])],
    description: `${borrowerRow.name} borrowed ${names}, due back ${lent.allocation.dueAt}.`,
    after: lent,
  });
  if (override && staff) {
    await appendAudit(tx, input.actor, {
      action: 'loan.override',
      entityType: 'allocation',
      entityId: input.allocationId,
      subjects: [borrowerRow.id, staff.id, ...assetIds],
      description: override.message,
      after: override.facts,
    });
  }
  return { kind: 'lent', ...lent, notices: decision.notices };
}
