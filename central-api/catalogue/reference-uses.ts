/**
 * What still uses a location, asset type, disposal type or kit accessory, counted, so a delete can say why
 * it is refused.
 */
import { count, eq, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { InUseDetails } from '../../domain/api/reference.js';
import type { Tx } from '../db/database.js';
import { allocationAssetLine, allocationItemLine, asset, kiosk } from '../db/schema/index.js';

export type ReferenceUse = {
  /** The kind of record, as `details` names it. */
  what: string;
  table: PgTable;
  where(id: string): SQL;
  /** The clause of the refusal's sentence, e.g. "12 assets have this type". */
  phrase(n: number): string;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const locationUses: ReferenceUse[] = [
  {
    what: 'asset here',
    table: asset,
    where: (id) => eq(asset.locationId, id),
    phrase: (n) => plural(n, 'asset is here', 'assets are here'),
  },
  {
    what: 'asset at home here',
    table: asset,
    where: (id) => eq(asset.homeLocationId, id),
    phrase: (n) => plural(n, 'asset has it as its home', 'assets have it as their home'),
  },
  {
    what: 'kiosk',
    table: kiosk,
    where: (id) => eq(kiosk.locationId, id),
    phrase: (n) => plural(n, 'kiosk stands here', 'kiosks stand here'),
  },
  {
    what: 'return',
    table: allocationAssetLine,
    where: (id) => eq(allocationAssetLine.returnedToLocationId, id),
    phrase: (n) => plural(n, 'past return was made to it', 'past returns were made to it'),
  },
];

export const assetTypeUses: ReferenceUse[] = [
  {
    what: 'asset',
    table: asset,
    where: (id) => eq(asset.assetTypeId, id),
    phrase: (n) => plural(n, 'asset has this type', 'assets have this type'),
  },
];

export const disposalTypeUses: ReferenceUse[] = [
  {
    what: 'disposed asset',
    table: asset,
    where: (id) => eq(asset.disposalTypeId, id),
    phrase: (n) =>
      plural(n, 'disposed asset was disposed of this way', 'disposed assets were disposed of this way'),
  },
];

/** Loans keep naming the accessories they lent, so one that has been lent stays. */
export const groupItemUses: ReferenceUse[] = [
  {
    what: 'loan',
    table: allocationItemLine,
    where: (id) => eq(allocationItemLine.groupItemId, id),
    phrase: (n) => plural(n, 'loan has lent it', 'loans have lent it'),
  },
];

/** Every use of the record that there is, with its clause; none means it may go. */
export async function usesOf(
  tx: Tx,
  uses: readonly ReferenceUse[],
  id: string,
): Promise<{ details: InUseDetails; clauses: string[] }> {
  const found: { what: string; count: number; clause: string }[] = [];
  for (const use of uses) {
    const [row] = await tx.select({ n: count() }).from(use.table).where(use.where(id));
    const n = row?.n ?? 0;
    if (n > 0) found.push({ what: use.what, count: n, clause: use.phrase(n) });
  }
  return {
    details: { uses: found.map(({ what, count: n }) => ({ what, count: n })) },
    clauses: found.map((f) => f.clause),
  };
}
