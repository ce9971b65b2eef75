import { and, count, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { PersonLoan, PersonLoans } from '../../domain/api/people.js';
import type { Db } from '../db/database.js';
import { allocation, allocationAssetLine, asset } from '../db/schema/index.js';
import { getPerson } from '../catalogue/people.service.js';

/** How many past loans a person's page lists; `pastCount` says how many there are in all. */
export const PAST_LOANS_LISTED = 20;

/** A person's open loans (all of them) and their latest past ones, each with its assets. */
export async function loansOfPerson(db: Db, personId: string): Promise<PersonLoans> {
  await getPerson(db, personId);
  const mine = eq(allocation.personId, personId);
  const [current, past, [pastTotal]] = await Promise.all([
    db
      .select()
      .from(allocation)
      .where(and(mine, isNull(allocation.returnedAt)))
      .orderBy(desc(allocation.outAt)),
    db
      .select()
      .from(allocation)
      .where(and(mine, isNotNull(allocation.returnedAt)))
      .orderBy(desc(allocation.outAt))
      .limit(PAST_LOANS_LISTED),
    db
      .select({ n: count() })
      .from(allocation)
      .where(and(mine, isNotNull(allocation.returnedAt))),
  ]);
  const ids = [...current, ...past].map((a) => a.id);
  const lines =
    ids.length === 0
      ? []
      : await db
          .select({
            allocationId: allocationAssetLine.allocationId,
            assetId: allocationAssetLine.assetId,
            name: asset.name,
            barcode: asset.barcode,
            returnedAt: allocationAssetLine.returnedAt,
          })
          .from(allocationAssetLine)
          .innerJoin(asset, eq(asset.id, allocationAssetLine.assetId))
          .where(inArray(allocationAssetLine.allocationId, ids))
          .orderBy(asset.name);
  const loan = (a: typeof allocation.$inferSelect): PersonLoan => ({
    id: a.id,
    outAt: a.outAt.toISOString(),
    dueAt: a.dueAt.toISOString(),
    returnedAt: a.returnedAt?.toISOString() ?? null,
    assets: lines
      .filter((l) => l.allocationId === a.id)
      .map((l) => ({
        assetId: l.assetId,
        name: l.name,
        barcode: l.barcode,
        returnedAt: l.returnedAt?.toISOString() ?? null,
      })),
  });
  return { current: current.map(loan), past: past.map(loan), pastCount: pastTotal?.n ?? 0 };
}
