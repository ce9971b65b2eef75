/** What of a kit is out now, and with whom: read from the open loan lines, as the asset rows keep no copy. */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { PartLoan } from '../../domain/api/kits.js';
import type { Db, Tx } from '../db/database.js';
import { allocation, allocationAssetLine, allocationItemLine, person } from '../db/schema/index.js';

type Out = { partId: string; allocationId: string; borrowerName: string; dueAt: Date };

const byPart = (rows: Out[]): Map<string, PartLoan> =>
  new Map(
    rows.map((r) => [
      r.partId,
      { allocationId: r.allocationId, borrowerName: r.borrowerName, dueAt: r.dueAt.toISOString() },
    ]),
  );

/** The open loan of each of these tagged assets and untagged accessories that is out. */
export async function loansOfKitParts(
  db: Db | Tx,
  assetIds: readonly string[],
  itemIds: readonly string[],
): Promise<{ assets: Map<string, PartLoan>; items: Map<string, PartLoan> }> {
  const loanFields = { allocationId: allocation.id, borrowerName: person.name, dueAt: allocation.dueAt };
  const [assets, items] = await Promise.all([
    assetIds.length === 0
      ? []
      : db
          .select({ partId: allocationAssetLine.assetId, ...loanFields })
          .from(allocationAssetLine)
          .innerJoin(allocation, eq(allocation.id, allocationAssetLine.allocationId))
          .innerJoin(person, eq(person.id, allocation.personId))
          .where(
            and(inArray(allocationAssetLine.assetId, [...assetIds]), isNull(allocationAssetLine.returnedAt)),
          ),
    itemIds.length === 0
      ? []
      : db
          .select({ partId: allocationItemLine.groupItemId, ...loanFields })
          .from(allocationItemLine)
          .innerJoin(allocation, eq(allocation.id, allocationItemLine.allocationId))
          .innerJoin(person, eq(person.id, allocation.personId))
          .where(
            and(inArray(allocationItemLine.groupItemId, [...itemIds]), isNull(allocationItemLine.returnedAt)),
          ),
  ]);
  return { assets: byPart(assets), items: byPart(items) };
}
