import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { allocationAssetLine, allocationItemLine, asset, groupItem } from '../db/schema/index.js';

/** What each loan still has out, for the words of its reminder: asset names, then accessories. */
export async function itemsStillOut(
  db: Db | Tx,
  allocationIds: readonly string[],
): Promise<Map<string, string[]>> {
  const items = new Map<string, string[]>(allocationIds.map((id) => [id, []]));
  if (allocationIds.length === 0) return items;
  const ids = [...allocationIds];
  const assets = await db
    .select({ allocationId: allocationAssetLine.allocationId, name: asset.name })
    .from(allocationAssetLine)
    .innerJoin(asset, eq(asset.id, allocationAssetLine.assetId))
    .where(and(inArray(allocationAssetLine.allocationId, ids), isNull(allocationAssetLine.returnedAt)))
    .orderBy(asc(asset.name));
  const accessories = await db
    .select({ allocationId: allocationItemLine.allocationId, name: groupItem.name })
    .from(allocationItemLine)
    .innerJoin(groupItem, eq(groupItem.id, allocationItemLine.groupItemId))
    .where(and(inArray(allocationItemLine.allocationId, ids), isNull(allocationItemLine.returnedAt)))
    .orderBy(asc(groupItem.name));
  for (const a of assets) items.get(a.allocationId)?.push(a.name);
  for (const a of accessories) items.get(a.allocationId)?.push(`${a.name} (kit accessory)`);
  return items;
}
