import type { Asset, KitFacts, KitProgress, KitProgressView } from '../../../domain/index.js';
import type { CatalogueReader } from '../store/catalogue-reader.js';

/**
 * The rules' kit progress plus the accessory checklist the screen ticks: every accessory of the kit, or at a
 * return only those in `offered` (still out), since ticking one already back is refused. At checkout the
 * accessories the rules found on another loan are marked as still out.
 */
export function kitViews(
  progress: readonly KitProgress[],
  kits: readonly KitFacts[],
  ticked: ReadonlySet<string>,
  offered?: ReadonlySet<string>,
): KitProgressView[] {
  return progress.map((p) => {
    const kit = kits.find((k) => k.id === p.kit.id);
    const onLoan = new Map(p.itemsOnLoan.map((i) => [i.id, i.toThisBorrower] as const));
    const stillOut = (id: string) => {
      const yours = onLoan.get(id);
      if (yours === undefined) return null;
      return yours ? ('with-you' as const) : ('on-another-loan' as const);
    };
    return {
      ...p,
      checklist: (kit?.items ?? [])
        .filter((i) => offered === undefined || offered.has(i.id))
        .map((i) => ({ id: i.id, name: i.name, confirmed: ticked.has(i.id), stillOut: stillOut(i.id) })),
    };
  });
}

/** Every accessory id that belongs to one of these kits. */
export function itemIdsOf(kits: readonly KitFacts[]): Set<string> {
  return new Set(kits.flatMap((k) => k.items.map((i) => i.id)));
}

/** The kits these assets belong to, each once, in the order their first member appears. */
export function kitsOf(reader: CatalogueReader, assets: readonly Asset[]): KitFacts[] {
  const ids = [...new Set(assets.flatMap((a) => (a.groupId ? [a.groupId] : [])))];
  return ids.map((id) => reader.kit(id));
}
