/** The three small reference tables, each described once so one service and one set of routes serve them all. */
import { asc, count, eq, ilike, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { AssetType, DisposalType, Location } from '../../domain/model/reference.js';
import type { Db, Tx } from '../db/database.js';
import { toAssetType, toDisposalType, toLocation } from '../db/rows.js';
import { assetType, disposalType, location } from '../db/schema/index.js';
import { containsPattern, pageOfRows } from './editing.js';
import { assetTypeUses, disposalTypeUses, locationUses, type ReferenceUse } from './reference-uses.js';

export type ReferenceKind<View extends { id: string; name: string }, Create, Update> = {
  /** As written in the audit trail and in messages: `location`, `asset type`, `disposal type`. */
  entityType: string;
  label: string;
  insert(tx: Tx, id: string, input: Create): Promise<View>;
  find(db: Db | Tx, id: string, lock: boolean): Promise<View | undefined>;
  update(tx: Tx, id: string, patch: Partial<Update>, now: Date): Promise<View>;
  remove(tx: Tx, id: string): Promise<void>;
  /** What may point at a row; a delete is refused while any does. */
  uses: readonly ReferenceUse[];
  list(
    db: Db,
    q: string | undefined,
    page: number,
    pageSize: number,
  ): Promise<{ rows: View[]; total: number }>;
};

type NamedTable = typeof location | typeof assetType | typeof disposalType;

/** A searchable page of one table, by name. */
function listing<Row, View>(table: NamedTable & { name: PgColumn }, toView: (r: Row) => View) {
  return async (db: Db, q: string | undefined, page: number, pageSize: number) => {
    const where = q ? ilike(table.name, containsPattern(q)) : undefined;
    const { rows, total } = await pageOfRows(
      db
        .select()
        .from(table)
        .where(where)
        .orderBy(asc(sql`lower(${table.name})`), asc(table.id))
        .limit(pageSize)
        // The three tables share these columns; the row type is the one table's own.
        .offset((page - 1) * pageSize) as Promise<Row[]>,
      db.select({ n: count() }).from(table).where(where),
    );
    return { rows: rows.map(toView), total };
  };
}

type LocationInput = Omit<Location, 'id'>;
export const locationKind: ReferenceKind<Location, Partial<LocationInput> & { name: string }, LocationInput> =
  {
    entityType: 'location',
    label: 'location',
    insert: async (tx, id, input) =>
      toLocation(
        (
          await tx
            .insert(location)
            .values({ id, ...input })
            .returning()
        )[0]!,
      ),
    find: async (db, id, lock) => {
      const q = db.select().from(location).where(eq(location.id, id));
      const [row] = lock ? await q.for('update') : await q;
      return row && toLocation(row);
    },
    update: async (tx, id, patch, now) =>
      toLocation(
        (
          await tx
            .update(location)
            .set({ ...patch, updatedAt: now })
            .where(eq(location.id, id))
            .returning()
        )[0]!,
      ),
    remove: async (tx, id) => {
      await tx.delete(location).where(eq(location.id, id));
    },
    uses: locationUses,
    list: listing(location, toLocation),
  };

type AssetTypeInput = Omit<AssetType, 'id'>;
export const assetTypeKind: ReferenceKind<
  AssetType,
  Partial<AssetTypeInput> & { name: string },
  AssetTypeInput
> = {
  entityType: 'asset_type',
  label: 'asset type',
  insert: async (tx, id, input) =>
    toAssetType(
      (
        await tx
          .insert(assetType)
          .values({ id, ...input })
          .returning()
      )[0]!,
    ),
  find: async (db, id, lock) => {
    const q = db.select().from(assetType).where(eq(assetType.id, id));
    const [row] = lock ? await q.for('update') : await q;
    return row && toAssetType(row);
  },
  update: async (tx, id, patch, now) =>
    toAssetType(
      (
        await tx
          .update(assetType)
          .set({ ...patch, updatedAt: now })
          .where(eq(assetType.id, id))
          .returning()
      )[0]!,
    ),
  remove: async (tx, id) => {
    await tx.delete(assetType).where(eq(assetType.id, id));
  },
  uses: assetTypeUses,
  list: listing(assetType, toAssetType),
};

type DisposalTypeInput = Omit<DisposalType, 'id'>;
export const disposalTypeKind: ReferenceKind<DisposalType, DisposalTypeInput, DisposalTypeInput> = {
  entityType: 'disposal_type',
  label: 'disposal type',
  insert: async (tx, id, input) =>
    toDisposalType(
      (
        await tx
          .insert(disposalType)
          .values({ id, ...input })
          .returning()
      )[0]!,
    ),
  find: async (db, id, lock) => {
    const q = db.select().from(disposalType).where(eq(disposalType.id, id));
    const [row] = lock ? await q.for('update') : await q;
    return row && toDisposalType(row);
  },
  update: async (tx, id, patch, now) =>
    toDisposalType(
      (
        await tx
          .update(disposalType)
          .set({ ...patch, updatedAt: now })
          .where(eq(disposalType.id, id))
          .returning()
      )[0]!,
    ),
  remove: async (tx, id) => {
    await tx.delete(disposalType).where(eq(disposalType.id, id));
  },
  uses: disposalTypeUses,
  list: listing(disposalType, toDisposalType),
};
