import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Reason } from '../../domain/lending/reasons.js';
import type { StandingLoan } from '../../domain/sync/events.js';
import type { Db, Tx } from '../db/database.js';
import { allocation, allocationAssetLine, asset, kiosk, person } from '../db/schema/index.js';

/**
 * The open loans that refused a kiosk's loan: for each asset the rules found out to someone else, who has it
 * now, since when and where it was lent. Read when the refusal is answered, so it says what stands now.
 */
export async function standingLoansOf(db: Db | Tx, reasons: readonly Reason[]): Promise<StandingLoan[]> {
  const assetIds = reasons.flatMap((r) =>
    r.facts.code === 'asset_on_loan' && !r.facts.toThisBorrower ? [r.facts.asset.id] : [],
  );
  if (assetIds.length === 0) return [];
  const rows = await db
    .select({
      assetId: asset.id,
      assetName: asset.name,
      assetTag: asset.barcode,
      allocationId: allocation.id,
      personId: person.id,
      personName: person.name,
      outAt: allocation.outAt,
      dueAt: allocation.dueAt,
      kioskId: kiosk.id,
      kioskName: kiosk.name,
    })
    .from(allocationAssetLine)
    .innerJoin(asset, eq(asset.id, allocationAssetLine.assetId))
    .innerJoin(allocation, eq(allocation.id, allocationAssetLine.allocationId))
    .innerJoin(person, eq(person.id, allocation.personId))
    .leftJoin(kiosk, eq(kiosk.id, allocation.kioskId))
    .where(and(inArray(allocationAssetLine.assetId, assetIds), isNull(allocationAssetLine.returnedAt)));
  return rows.map((r) => ({
    asset: { id: r.assetId, name: r.assetName },
    assetTag: r.assetTag,
    allocationId: r.allocationId,
    borrower: { id: r.personId, name: r.personName },
    outAt: r.outAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    kiosk: r.kioskId && r.kioskName ? { id: r.kioskId, name: r.kioskName } : null,
  }));
}
