import {
  daysLate,
  type AccessoriesOutView,
  type KitFacts,
  type ReturnAccessoryView,
  type ReturnItemLine,
} from '../../../domain/index.js';
import type { CatalogueReader } from '../store/catalogue-reader.js';

/**
 * The accessories still out on loans whose kit's tagged parts have all come back, by loan and kit, oldest
 * due first. While a tagged part of the kit is out, scanning it brings up the kit's checklist instead.
 */
export function accessoriesOut(
  reader: CatalogueReader,
  now: string,
  onReturn: ReadonlySet<string>,
): AccessoriesOutView[] {
  const kits = new Map<string, KitFacts>();
  const kitOf = (groupId: string): KitFacts => {
    const known = kits.get(groupId) ?? reader.kit(groupId);
    kits.set(groupId, known);
    return known;
  };
  const groups = new Map<string, AccessoriesOutView>();
  for (const line of reader.openLinesOf(reader.accessoriesPossiblyOut())) {
    if (line.kind !== 'groupItem') continue;
    const item = reader.accessory(line.groupItemId);
    if (!item) continue;
    const key = `${line.allocationId}:${item.groupId}`;
    const group = groups.get(key) ?? {
      allocationId: line.allocationId,
      kit: { id: item.groupId, name: kitOf(item.groupId).name },
      borrowerName: reader.person(line.personId)?.name ?? 'A former borrower',
      dueAt: line.dueAt,
      daysLate: daysLate(line.dueAt, now),
      items: [],
    };
    groups.set(key, group);
    group.items.push({ id: line.groupItemId, name: item.name, onReturn: onReturn.has(line.groupItemId) });
  }
  return [...groups.values()]
    .filter((g) => !tagsStillOut(reader, kitOf(g.kit.id), g.allocationId))
    .map((g) => ({ ...g, items: g.items.sort((a, b) => a.name.localeCompare(b.name)) }))
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.kit.name.localeCompare(b.kit.name));
}

function tagsStillOut(reader: CatalogueReader, kit: KitFacts, allocationId: string): boolean {
  return reader.openLinesOf(kit.members.map((m) => m.id)).some((l) => l.allocationId === allocationId);
}

/** The accessories on this return that were ticked from the list of those still out, with who had them. */
export function accessoriesComingBack(
  reader: CatalogueReader,
  returning: readonly ReturnItemLine[],
  picked: ReadonlySet<string>,
  kits: readonly KitFacts[],
): ReturnAccessoryView[] {
  return returning
    .filter((i) => picked.has(i.groupItemId))
    .map((i) => {
      const kit = kits.find((k) => k.items.some((x) => x.id === i.groupItemId));
      return {
        groupItemId: i.groupItemId,
        name: kit?.items.find((x) => x.id === i.groupItemId)?.name ?? 'Accessory',
        kitName: kit?.name ?? 'Kit',
        borrowerName: reader.person(i.personId)?.name ?? 'A former borrower',
        dueAt: i.dueAt,
        daysLate: i.daysLate,
      };
    });
}
