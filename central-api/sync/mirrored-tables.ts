/** How each table a kiosk mirrors is read for `GET /sync/changes`, in the row shape of domain/sync. */
import { inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { KioskPersonRow, SyncTable, syncTables } from '../../domain/sync/changes.js';
import type { Tx } from '../db/database.js';
import {
  toAllocation,
  toAsset,
  toAssetLine,
  toAssetType,
  toDisposalType,
  toGroup,
  toGroupItem,
  toItemLine,
  toLocation,
} from '../db/rows.js';
import * as t from '../db/schema/index.js';

/** `staffPins`: whether the reader is an enrolled kiosk, the only one that checks staff PINs. */
type Loader<T extends SyncTable> = (
  tx: Tx,
  ids: string[],
  o: { staffPins: boolean },
) => Promise<z.infer<(typeof syncTables)[T]>[]>;

/**
 * A kiosk is a shared machine in a corridor: it gets what the rules need of a person, never email or
 * password data; of staff, the PIN's hash, so a barcode and PIN can be checked while the API is away.
 */
function toKioskPerson(r: typeof t.person.$inferSelect, staffPins: boolean): KioskPersonRow {
  return {
    id: r.id,
    name: r.name,
    department: r.department,
    school: r.school,
    lend: r.lend,
    staff: r.staff,
    isAdmin: r.isAdmin,
    rfid: r.rfid,
    barcode: r.barcode,
    staffPinHash: staffPins && (r.staff || r.isAdmin) ? r.staffPinHash : null,
  };
}

export const loadMirroredRows: { [T in SyncTable]: Loader<T> } = {
  person: async (tx, ids, { staffPins }) =>
    (await tx.select().from(t.person).where(inArray(t.person.id, ids))).map((r) =>
      toKioskPerson(r, staffPins),
    ),
  asset: async (tx, ids) => (await tx.select().from(t.asset).where(inArray(t.asset.id, ids))).map(toAsset),
  group: async (tx, ids) =>
    (await tx.select().from(t.assetGroup).where(inArray(t.assetGroup.id, ids))).map(toGroup),
  groupItem: async (tx, ids) =>
    (await tx.select().from(t.groupItem).where(inArray(t.groupItem.id, ids))).map(toGroupItem),
  location: async (tx, ids) =>
    (await tx.select().from(t.location).where(inArray(t.location.id, ids))).map(toLocation),
  assetType: async (tx, ids) =>
    (await tx.select().from(t.assetType).where(inArray(t.assetType.id, ids))).map(toAssetType),
  disposalType: async (tx, ids) =>
    (await tx.select().from(t.disposalType).where(inArray(t.disposalType.id, ids))).map(toDisposalType),
  allocation: async (tx, ids) =>
    (await tx.select().from(t.allocation).where(inArray(t.allocation.id, ids))).map(toAllocation),
  allocationAssetLine: async (tx, ids) =>
    (await tx.select().from(t.allocationAssetLine).where(inArray(t.allocationAssetLine.id, ids))).map(
      toAssetLine,
    ),
  allocationItemLine: async (tx, ids) =>
    (await tx.select().from(t.allocationItemLine).where(inArray(t.allocationItemLine.id, ids))).map(
      toItemLine,
    ),
};
