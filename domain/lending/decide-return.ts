import { distinctScans, kitsTouched, knownAssets } from './basket.js';
import type { OpenLoanLine, ReturnFacts } from './facts.js';
import { returnKitProgress, type KitProgress } from './kit-progress.js';
import { reason, type Reason } from './reasons.js';

const DAY_MS = 86_400_000;

/** Who had a returned asset and how late it came back. */
export type ReturnLine = {
  assetId: string;
  allocationId: string;
  personId: string;
  dueAt: string;
  /** Whole days past the due time, 0 when on time. */
  daysLate: number;
};

export type ReturnDecision = {
  allowed: boolean;
  refusals: Reason[];
  /** A partial return that leaves parts of a kit on the borrower's loan. */
  notices: Reason[];
  kits: KitProgress[];
  lines: ReturnLine[];
};

function daysLate(due: string, now: string): number {
  const late = Date.parse(now) - Date.parse(due);
  return late <= 0 ? 0 : Math.ceil(late / DAY_MS);
}

/** Decide a proposed return at the desk (no borrower needed: the loan says who had each item). */
export function decideReturn(facts: ReturnFacts): ReturnDecision {
  const scans = distinctScans(facts.scanned);
  const assets = knownAssets(scans);
  const openByAsset = new Map<string, OpenLoanLine & { kind: 'asset' }>();
  for (const l of facts.openLoans) if (l.kind === 'asset') openByAsset.set(l.assetId, l);

  const refusals: Reason[] = scans.length === 0 ? [reason({ code: 'basket_empty' })] : [];
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
    lines.push({
      assetId: open.assetId,
      allocationId: open.allocationId,
      personId: open.personId,
      dueAt: open.dueAt,
      daysLate: daysLate(open.dueAt, facts.now),
    });
  }

  const returning = assets.filter((a) => openByAsset.has(a.id));
  const scannedIds = new Set(returning.map((a) => a.id));
  const confirmed = new Set(facts.confirmedGroupItemIds);
  const kits = kitsTouched(returning, facts.kits).map((k) =>
    returnKitProgress(k, scannedIds, confirmed, facts.openLoans),
  );

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

  return { allowed: refusals.length === 0, refusals, notices, kits, lines };
}
