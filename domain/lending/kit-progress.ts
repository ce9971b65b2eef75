import type { KitFacts, OpenLoanLine } from './facts.js';
import type { NamedRef } from './reasons.js';

/** How far a kit is from going out (or coming back) whole. */
export type KitProgress = {
  kit: NamedRef;
  /** Tagged members still to scan. */
  missingAssets: NamedRef[];
  /** Untagged accessories still to tick. */
  unconfirmedItems: NamedRef[];
  /** At checkout, accessories still out on an open loan: not in the cupboard, so not expected. */
  itemsOnLoan: ItemOnLoan[];
  complete: boolean;
};

export type ItemOnLoan = NamedRef & { toThisBorrower: boolean };

function progress(
  kit: KitFacts,
  missingAssets: NamedRef[],
  unconfirmedItems: NamedRef[],
  itemsOnLoan: ItemOnLoan[] = [],
): KitProgress {
  return {
    kit: { id: kit.id, name: kit.name },
    missingAssets,
    unconfirmedItems,
    itemsOnLoan,
    complete: missingAssets.length === 0 && unconfirmedItems.length === 0,
  };
}

/**
 * At checkout every member in service and every accessory in the cupboard must go out together. An
 * accessory a partial return left on a loan cannot be ticked, so the kit is complete without it.
 */
export function checkoutKitProgress(
  kit: KitFacts,
  scannedIds: ReadonlySet<string>,
  confirmedItemIds: ReadonlySet<string>,
  openLines: readonly OpenLoanLine[],
  borrowerId: string | null,
): KitProgress {
  const itemLoans = new Map(
    openLines.flatMap((l) => (l.kind === 'groupItem' ? [[l.groupItemId, l.personId] as const] : [])),
  );
  const missing = kit.members
    .filter((m) => !m.disposed && !scannedIds.has(m.id))
    .map(({ id, name }) => ({ id, name }));
  const unconfirmed = kit.items
    .filter((i) => !itemLoans.has(i.id) && !confirmedItemIds.has(i.id))
    .map(({ id, name }) => ({ id, name }));
  const onLoan = kit.items.flatMap((i): ItemOnLoan[] => {
    const personId = itemLoans.get(i.id);
    return personId === undefined
      ? []
      : [{ id: i.id, name: i.name, toThisBorrower: personId === borrowerId }];
  });
  return progress(kit, missing, unconfirmed, onLoan);
}

/** At return what is still out on a loan must come back: members and accessories with open lines. */
export function returnKitProgress(
  kit: KitFacts,
  scannedIds: ReadonlySet<string>,
  confirmedItemIds: ReadonlySet<string>,
  openLines: readonly OpenLoanLine[],
): KitProgress {
  const outAssets = new Set(openLines.flatMap((l) => (l.kind === 'asset' ? [l.assetId] : [])));
  const outItems = new Set(openLines.flatMap((l) => (l.kind === 'groupItem' ? [l.groupItemId] : [])));
  const missing = kit.members
    .filter((m) => outAssets.has(m.id) && !scannedIds.has(m.id))
    .map(({ id, name }) => ({ id, name }));
  const unconfirmed = kit.items
    .filter((i) => outItems.has(i.id) && !confirmedItemIds.has(i.id))
    .map(({ id, name }) => ({ id, name }));
  return progress(kit, missing, unconfirmed);
}
