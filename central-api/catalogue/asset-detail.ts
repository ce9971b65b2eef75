/** An asset as one page shows and edits it: its loan with the borrower, and the version it was read at. */
import { and, arrayContains, desc, eq, isNull } from 'drizzle-orm';
import type {
  AssetDetail,
  AssetWithLoan,
  CurrentLoan,
  EditConflictDetails,
} from '../../domain/api/assets.js';
import { KitdeskError } from '../../domain/errors.js';
import type { Asset } from '../../domain/model/asset.js';
import { actorNamesOf } from '../audit/actor-names.js';
import type { Db, Tx } from '../db/database.js';
import { toAsset } from '../db/rows.js';
import type { asset } from '../db/schema/index.js';
import { allocation, allocationAssetLine, auditEntry, person } from '../db/schema/index.js';
import { openLoansOfAssets } from '../lending/open-asset-loans.js';

type AssetRow = typeof asset.$inferSelect;

export async function withLoans(db: Db | Tx, assets: Asset[]): Promise<AssetWithLoan[]> {
  const loans = await openLoansOfAssets(
    db,
    assets.map((a) => a.id),
  );
  return assets.map((a) => ({ ...a, allocationId: loans.get(a.id) ?? null }));
}

async function currentLoanOf(db: Db | Tx, assetId: string): Promise<CurrentLoan | null> {
  const [row] = await db
    .select({
      allocationId: allocation.id,
      borrowerId: person.id,
      borrowerName: person.name,
      outAt: allocation.outAt,
      dueAt: allocation.dueAt,
    })
    .from(allocationAssetLine)
    .innerJoin(allocation, eq(allocation.id, allocationAssetLine.allocationId))
    .innerJoin(person, eq(person.id, allocation.personId))
    .where(and(eq(allocationAssetLine.assetId, assetId), isNull(allocationAssetLine.returnedAt)));
  return row ? { ...row, outAt: row.outAt.toISOString(), dueAt: row.dueAt.toISOString() } : null;
}

/** The answer for one asset row: `loan` is read unless the caller knows there is none. */
export async function detailOf(db: Db | Tx, row: AssetRow, known?: { loan: null }): Promise<AssetDetail> {
  const loan = known ? known.loan : await currentLoanOf(db, row.id);
  return {
    ...toAsset(row),
    allocationId: loan?.allocationId ?? null,
    loan,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Refuse an edit made to a version of the asset that is no longer the latest, naming who saved the newer
 * one (the latest entry of the asset's history) and when. Compared to the millisecond, as the answer says it.
 */
export async function refuseStaleEdit(
  tx: Tx,
  timeZone: string,
  row: AssetRow,
  expectedUpdatedAt: string,
): Promise<void> {
  if (row.updatedAt.getTime() === new Date(expectedUpdatedAt).getTime()) return;
  const [latest] = await tx
    .select({ actorKind: auditEntry.actorKind, actorId: auditEntry.actorId })
    .from(auditEntry)
    .where(arrayContains(auditEntry.subjects, [row.id]))
    .orderBy(desc(auditEntry.seq))
    .limit(1);
  const [changedBy] = latest ? await actorNamesOf(tx, [latest]) : [null];
  const details: EditConflictDetails = {
    changedBy: changedBy ?? null,
    changedAt: row.updatedAt.toISOString(),
  };
  const when = row.updatedAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone });
  throw new KitdeskError(
    'edit_conflict',
    `${row.name} was changed by ${changedBy ?? 'someone else'} at ${when}, after you opened it: reload to see their changes, then make yours again.`,
    details,
  );
}
