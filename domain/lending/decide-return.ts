import { distinctScans, kitsTouched, knownAssets } from './basket.js';
import { daysLate } from './due-date.js';
import type { KitFacts, OpenLoanLine, ReturnFacts } from './facts.js';
import { returnKitProgress, type KitProgress } from './kit-progress.js';
import { reason, type Reason } from './reasons.js';

/** Who had a returned thing and how late it came back. */
type LoanOfLine = {
  allocationId: string;
  personId: string;
  dueAt: string;
  /** Whole days past the due time, 0 when on time. */
  daysLate: number;
};

export type ReturnLine = LoanOfLine & { assetId: string };

/** A ticked accessory coming back, with or without a tagged part of its kit. */
export type ReturnItemLine = LoanOfLine & { groupItemId: string };

export type ReturnDecision = {
  allowed: boolean;
  refusals: Reason[];
  /** A partial return that leaves parts of a kit on the borrower's loan. */
  notices: Reason[];
  kits: KitProgress[];
  lines: ReturnLine[];
  items: ReturnItemLine[];
};

function loanOf(open: OpenLoanLine, now: string): LoanOfLine {
  return {
    allocationId: open.allocationId,
    personId: open.personId,
    dueAt: open.dueAt,
    daysLate: daysLate(open.dueAt, now),
  };
}

/**
 * Decide a proposed return at the desk (no borrower needed: the loan says who had each item). Accessories
 * may come back on their own, ticked with nothing scanned: one left behind by a partial return has no
 * label to scan.
 */
export function decideReturn(facts: ReturnFacts): ReturnDecision {
  const scans = distinctScans(facts.scanned);
  const ticked = [...new Set(facts.confirmedGroupItemIds)];
  const openByAsset = new Map<string, OpenLoanLine>();
  const openByItem = new Map<string, OpenLoanLine>();
  for (const l of facts.openLines) {
    if (l.kind === 'asset') openByAsset.set(l.assetId, l);
    else openByItem.set(l.groupItemId, l);
  }

  const refusals: Reason[] =
    scans.length === 0 && ticked.length === 0 ? [reason({ code: 'basket_empty' })] : [];
  const lines: ReturnLine[] = [];
  for (const scan of scans) {
    if (scan.kind === 'unknown') {
      refusals.push(reason({ code: 'asset_unknown', credential: scan.credential }));
      continue;
    }
    const open = openByAsset.get(scan.asset.id);
    if (!open) {
      refusals.push(
        reason({ code: 'asset_not_on_loan', asset: { id: scan.asset.id, name: scan.asset.name } }),
      );
      continue;
    }
    lines.push({ assetId: scan.asset.id, ...loanOf(open, facts.now) });
  }

  const kitOfItem = new Map(
    facts.kits.flatMap((k) => k.items.map((i) => [i.id, { kit: k, item: i }] as const)),
  );
  const items: ReturnItemLine[] = [];
  const itemKits: KitFacts[] = [];
  for (const id of ticked) {
    const known = kitOfItem.get(id);
    if (!known) {
      refusals.push(reason({ code: 'accessory_unknown', groupItemId: id }));
      continue;
    }
    const open = openByItem.get(id);
    if (!open) {
      refusals.push(
        reason({
          code: 'accessory_not_on_loan',
          accessory: { id, name: known.item.name },
          kit: { id: known.kit.id, name: known.kit.name },
        }),
      );
      continue;
    }
    items.push({ groupItemId: id, ...loanOf(open, facts.now) });
    itemKits.push(known.kit);
  }

  const returning = knownAssets(scans).filter((a) => openByAsset.has(a.id));
  const scannedIds = new Set(returning.map((a) => a.id));
  const confirmed = new Set(ticked);
  const touched = kitsTouched(returning, facts.kits);
  for (const k of itemKits) if (!touched.some((t) => t.id === k.id)) touched.push(k);
  const kits = touched.map((k) => returnKitProgress(k, scannedIds, confirmed, facts.openLines));

  const notices: Reason[] = [];
  for (const k of kits.filter((p) => !p.complete)) {
    if (facts.partial) {
      notices.push(
        reason({ code: 'partial_return', kit: k.kit, stillOut: [...k.missingAssets, ...k.unconfirmedItems] }),
      );
    } else {
      refusals.push(
        reason({
          code: 'kit_incomplete',
          kit: k.kit,
          direction: 'return',
          missingAssets: k.missingAssets,
          unconfirmedItems: k.unconfirmedItems,
        }),
      );
    }
  }

  return { allowed: refusals.length === 0, refusals, notices, kits, lines, items };
}
