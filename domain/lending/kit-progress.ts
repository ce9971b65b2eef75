import type { KitFacts, OpenLoanLine } from './facts.js';
import type { NamedRef } from './reasons.js';

/** How far a kit is from going out (or coming back) whole. */
export type KitProgress = {
  kit: NamedRef;
  /** Tagged members still to scan. */
  missingAssets: NamedRef[];
  /** Untagged accessories still to tick. */
  unconfirmedItems: NamedRef[];
  complete: boolean;
};

function progress(kit: KitFacts, missingAssets: NamedRef[], unconfirmedItems: NamedRef[]): KitProgress {
  return {
    kit: { id: kit.id, name: kit.name },
    missingAssets,
    unconfirmedItems,
    complete: missingAssets.length === 0 && unconfirmedItems.length === 0,
  };
}

/** At checkout every member in service and every accessory must go out together. */
export function checkoutKitProgress(
  kit: KitFacts,
  scannedIds: ReadonlySet<string>,
  confirmedItemIds: ReadonlySet<string>,
): KitProgress {
  const missing = kit.members
    .filter((m) => !m.disposed && !scannedIds.has(m.id))
    .map(({ id, name }) => ({ id, name }));
  const unconfirmed = kit.items
    .filter((i) => !confirmedItemIds.has(i.id))
    .map(({ id, name }) => ({ id, name }));
  return progress(kit, missing, unconfirmed);
}

/** At return what is still out on a loan must come back: members and accessories with open lines. */
export function returnKitProgress(
  kit: KitFacts,
  scannedIds: ReadonlySet<string>,
  confirmedItemIds: ReadonlySet<string>,
  openLoans: readonly OpenLoanLine[],
): KitProgress {
  const outAssets = new Set(openLoans.flatMap((l) => (l.kind === 'asset' ? [l.assetId] : [])));
  const outItems = new Set(openLoans.flatMap((l) => (l.kind === 'groupItem' ? [l.groupItemId] : [])));
  const missing = kit.members
    .filter((m) => outAssets.has(m.id) && !scannedIds.has(m.id))
    .map(({ id, name }) => ({ id, name }));
  const unconfirmed = kit.items
    .filter((i) => outItems.has(i.id) && !confirmedItemIds.has(i.id))
    .map(({ id, name }) => ({ id, name }));
  return progress(kit, missing, unconfirmed);
}
