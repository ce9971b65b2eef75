import { decideCheckout, type CheckoutDecision } from '../../domain/lending/decide-checkout.js';
import type { BorrowerFacts, LendingPolicy, StaffPresence } from '../../domain/lending/facts.js';
import type { Reason } from '../../domain/lending/reasons.js';
import type { AuditActor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { loadLendingFacts, type Label, type PersonRow } from './lending-facts.js';
import { policyFor } from './policy.js';
import { recordLoan, type Loan, type LoanToRecord } from './record-loan.js';

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
  /** Another row to write with the loan, in the same statement (a kiosk event's receipt). */
  alsoWrite?: LoanToRecord['alsoWrite'];
};

export type CheckoutOutcome =
  ({ kind: 'lent'; notices: Reason[] } & Loan) | { kind: 'refused'; decision: CheckoutDecision };

function staffPresence(found: PersonRow | null, staff: CheckoutInput['staff']): StaffPresence | null {
  // Someone who is not staff is no staff presence: the rules then refuse what needs one.
  if (!staff || !found || !(found.staff || found.isAdmin)) return null;
  return { id: found.id, name: found.name, overrideReason: staff.overrideReason };
}

/**
 * Lend, or refuse with the rules' reasons. Runs inside the caller's transaction with the scanned assets
 * locked, so two checkouts of one asset are decided one after the other and only the first can lend it.
 */
export async function checkOut(tx: Tx, input: CheckoutInput): Promise<CheckoutOutcome> {
  const facts = await loadLendingFacts(tx, {
    labels: input.labels,
    borrower: input.borrower,
    staffId: input.staff?.id ?? null,
    // The open lines of the kits' accessories tell the rules which ones a partial return left out, so
    // the kit is complete without them and ticking one is refused by name rather than by the unique
    // index. Locking the ticked ones' lines makes a checkout wait for a desk taking one back right now.
    groupItemIds: input.confirmedGroupItemIds,
    kitLines: true,
  });
  const { scanned, locked, kits } = facts;
  const borrowerRow = facts.borrower;
  const borrower: BorrowerFacts = borrowerRow
    ? { kind: 'person', person: borrowerRow }
    : {
        kind: 'unknown',
        credential: 'personId' in input.borrower ? input.borrower.personId : input.borrower.credential,
      };
  const assets = [...locked.values()];
  const staff = staffPresence(facts.staff, input.staff);
  const decision = decideCheckout({
    borrower,
    scanned,
    confirmedGroupItemIds: [...input.confirmedGroupItemIds],
    kits,
    openLines: facts.openLines,
    policy: policyFor(input.policy, assets),
    staff,
    now: input.at.toISOString(),
  });
  if (!decision.allowed || !borrowerRow) return { kind: 'refused', decision };

  const override = staff && decision.notices.find((n) => n.facts.code === 'staff_override');
  const kitItemIds = new Set(kits.flatMap((k) => k.items.map((i) => i.id)));
  const lent = await recordLoan(tx, {
    allocation: {
      id: input.allocationId,
      personId: borrowerRow.id,
      outAt: input.at.toISOString(),
      dueAt: new Date(input.dueAt ?? decision.dueAt!).toISOString(),
      returnedAt: null,
      kioskId: input.kioskId,
      overrideById: override ? staff.id : null,
      overrideReason: override ? staff.overrideReason : null,
    },
    assetIds: [...locked.keys()],
    groupItemIds: [...new Set(input.confirmedGroupItemIds)].filter((id) => kitItemIds.has(id)),
    borrowerName: borrowerRow.name,
    assetNames: assets.map((a) => a.name),
    override: override ? { reason: override, staffId: staff.id } : null,
    actor: input.actor,
    alsoWrite: input.alsoWrite,
  });
  return { kind: 'lent', ...lent, notices: decision.notices };
}
