import { isDisposed, isHighValue } from '../model/asset.js';
import { distinctScans, kitsTouched, knownAssets } from './basket.js';
import { dueAt } from './due-date.js';
import type { CheckoutFacts } from './facts.js';
import { checkoutKitProgress, type KitProgress } from './kit-progress.js';
import { reason, type Reason } from './reasons.js';

export type CheckoutDecision = {
  allowed: boolean;
  /** Every refusal that applies, overridden ones included (they are listed in the override notice). */
  refusals: Reason[];
  /** Things to record or show that do not stop the loan (a staff override). */
  notices: Reason[];
  kits: KitProgress[];
  /** When everything in the basket is due back; null while the basket has no known asset. */
  dueAt: string | null;
};

function borrowerRefusals(facts: CheckoutFacts): Reason[] {
  const { borrower } = facts;
  if (borrower.kind === 'unknown')
    return [reason({ code: 'credential_unknown', credential: borrower.credential })];
  const out: Reason[] = [];
  if (!borrower.person.lend)
    out.push(reason({ code: 'borrower_may_not_borrow', personId: borrower.person.id }));
  if (facts.policy.refuseWhenOverdue) {
    const now = Date.parse(facts.now);
    const overdue = new Set(
      facts.openLines
        .filter((l) => l.personId === borrower.person.id && Date.parse(l.dueAt) < now)
        .map((l) => (l.kind === 'asset' ? l.assetId : l.groupItemId)),
    );
    if (overdue.size > 0) {
      out.push(
        reason({ code: 'borrower_has_overdue', personId: borrower.person.id, overdueCount: overdue.size }),
      );
    }
  }
  return out;
}

function assetRefusals(facts: CheckoutFacts): Reason[] {
  const scans = distinctScans(facts.scanned);
  if (scans.length === 0) return [reason({ code: 'basket_empty' })];
  const borrowerId = facts.borrower.kind === 'person' ? facts.borrower.person.id : null;
  const staffPresent =
    facts.staff !== null || (facts.borrower.kind === 'person' && facts.borrower.person.staff);
  const onLoan = new Map(
    facts.openLines.flatMap((l) => (l.kind === 'asset' ? [[l.assetId, l] as const] : [])),
  );
  return scans.flatMap((scan): Reason[] => {
    if (scan.kind === 'unknown') return [reason({ code: 'asset_unknown', credential: scan.credential })];
    const a = scan.asset;
    const ref = { id: a.id, name: a.name };
    const out: Reason[] = [];
    if (isDisposed(a)) out.push(reason({ code: 'asset_disposed', asset: ref }));
    if (a.cannotLend) out.push(reason({ code: 'asset_cannot_lend', asset: ref }));
    const loan = onLoan.get(a.id);
    if (loan)
      out.push(reason({ code: 'asset_on_loan', asset: ref, toThisBorrower: loan.personId === borrowerId }));
    if (!staffPresent && isHighValue(a, facts.policy.highValueThresholdPence)) {
      out.push(reason({ code: 'high_value_needs_staff', asset: ref }));
    }
    return out;
  });
}

/** A ticked accessory still out on an open loan cannot be in the basket: refuse it by name. */
function accessoryRefusals(kits: readonly KitProgress[], confirmed: ReadonlySet<string>): Reason[] {
  return kits.flatMap((k) =>
    k.itemsOnLoan
      .filter((i) => confirmed.has(i.id))
      .map((i) =>
        reason({
          code: 'accessory_on_loan',
          accessory: { id: i.id, name: i.name },
          kit: k.kit,
          toThisBorrower: i.toThisBorrower,
        }),
      ),
  );
}

/**
 * Decide a proposed checkout. Pure: the kiosk runs it on its cache offline and the central API runs it
 * inside its transaction, so both give the same answer for the same facts.
 */
export function decideCheckout(facts: CheckoutFacts): CheckoutDecision {
  const assets = knownAssets(distinctScans(facts.scanned));
  const scannedIds = new Set(assets.map((a) => a.id));
  const confirmed = new Set(facts.confirmedGroupItemIds);
  const borrowerId = facts.borrower.kind === 'person' ? facts.borrower.person.id : null;
  const kits = kitsTouched(assets, facts.kits).map((k) =>
    checkoutKitProgress(k, scannedIds, confirmed, facts.openLines, borrowerId),
  );
  const kitRefusals = kits
    .filter((k) => !k.complete)
    .map((k) =>
      reason({
        code: 'kit_incomplete',
        kit: k.kit,
        direction: 'checkout',
        missingAssets: k.missingAssets,
        unconfirmedItems: k.unconfirmedItems,
      }),
    );
  const refusals = [
    ...borrowerRefusals(facts),
    ...assetRefusals(facts),
    ...accessoryRefusals(kits, confirmed),
    ...kitRefusals,
  ];

  const notices: Reason[] = [];
  let blocking = refusals;
  const staff = facts.staff;
  if (staff?.overrideReason && refusals.some((r) => r.overridable)) {
    blocking = refusals.filter((r) => !r.overridable);
    notices.push(
      reason({
        code: 'staff_override',
        staffId: staff.id,
        staffName: staff.name,
        reason: staff.overrideReason,
        overridden: refusals.filter((r) => r.overridable).map((r) => r.code),
      }),
    );
  }

  return {
    allowed: blocking.length === 0,
    refusals,
    notices,
    kits,
    dueAt: dueAt(assets, facts.policy, facts.now),
  };
}
