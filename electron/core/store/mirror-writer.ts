import { eq } from 'drizzle-orm';
import type { Change, KioskPerson, SyncTable } from '../../../domain/index.js';
import type { Asset } from '../../../domain/index.js';
import { em4100Decimal10 } from '../../../hardware/credentials/em4100-numbers.js';
import type { StoreDb } from './open-store.js';
import { allocations, assets, credentials, groupItems, loanLines, people, references } from './schema.js';

/** Credential values are compared upper-cased: printed hex and scanned labels differ in case. */
export const normaliseCode = (code: string): string => code.trim().toUpperCase();

/**
 * A card stored as its 10-hex EM4100 id is also found by its printed 10-digit number, which is all a
 * keyboard-mode or serial-line reader types. Derived numbers never displace a value someone stored.
 */
function derivedCodes(code: string): string[] {
  return /^[0-9A-F]{10}$/.test(code) ? [em4100Decimal10(code)] : [];
}

function replaceCredentials(
  db: StoreDb,
  entity: 'person' | 'asset',
  id: string,
  codes: (string | null)[],
): void {
  db.delete(credentials).where(eq(credentials.entityId, id)).run();
  const stored = codes.flatMap((c) => (c === null ? [] : [normaliseCode(c)]));
  for (const code of stored) {
    db.insert(credentials)
      .values({ code, entity, entityId: id })
      .onConflictDoUpdate({ target: credentials.code, set: { entity, entityId: id } })
      .run();
  }
  for (const code of stored.flatMap(derivedCodes)) {
    db.insert(credentials).values({ code, entity, entityId: id }).onConflictDoNothing().run();
  }
}

function remove(db: StoreDb, table: SyncTable, id: string): void {
  switch (table) {
    case 'person':
      db.delete(people).where(eq(people.id, id)).run();
      db.delete(credentials).where(eq(credentials.entityId, id)).run();
      return;
    case 'asset':
      db.delete(assets).where(eq(assets.id, id)).run();
      db.delete(credentials).where(eq(credentials.entityId, id)).run();
      return;
    case 'groupItem':
      db.delete(groupItems).where(eq(groupItems.id, id)).run();
      return;
    case 'group':
    case 'location':
    case 'assetType':
    case 'disposalType':
      db.delete(references).where(eq(references.id, id)).run();
      return;
    case 'allocation':
      db.delete(allocations).where(eq(allocations.id, id)).run();
      return;
    case 'allocationAssetLine':
    case 'allocationItemLine':
      db.delete(loanLines).where(eq(loanLines.id, id)).run();
      return;
    default: {
      const unreachable: never = table;
      throw new Error(`Unknown sync table ${String(unreachable)}`);
    }
  }
}

function upsert(db: StoreDb, change: Change & { op: 'upsert' }): void {
  switch (change.table) {
    case 'person': {
      const p: KioskPerson = change.row;
      db.insert(people)
        .values({ id: p.id, name: p.name, data: p })
        .onConflictDoUpdate({ target: people.id, set: { name: p.name, data: p } })
        .run();
      replaceCredentials(db, 'person', p.id, [p.rfid, p.barcode]);
      return;
    }
    case 'asset': {
      const a: Asset = change.row;
      db.insert(assets)
        .values({ id: a.id, groupId: a.groupId, name: a.name, data: a })
        .onConflictDoUpdate({ target: assets.id, set: { groupId: a.groupId, name: a.name, data: a } })
        .run();
      replaceCredentials(db, 'asset', a.id, [a.barcode, a.rfid, a.qrCode]);
      return;
    }
    case 'groupItem': {
      const g = change.row;
      db.insert(groupItems)
        .values({ id: g.id, groupId: g.groupId, data: g })
        .onConflictDoUpdate({ target: groupItems.id, set: { groupId: g.groupId, data: g } })
        .run();
      return;
    }
    case 'group':
    case 'location':
    case 'assetType':
    case 'disposalType':
      db.insert(references)
        .values({ id: change.id, table: change.table, data: change.row })
        .onConflictDoUpdate({ target: references.id, set: { data: change.row } })
        .run();
      return;
    case 'allocation': {
      const a = change.row;
      db.insert(allocations)
        .values({ id: a.id, personId: a.personId, data: a })
        .onConflictDoUpdate({ target: allocations.id, set: { personId: a.personId, data: a } })
        .run();
      return;
    }
    case 'allocationAssetLine':
    case 'allocationItemLine': {
      const l = change.row;
      const line =
        'assetId' in l
          ? { kind: 'asset' as const, targetId: l.assetId }
          : { kind: 'groupItem' as const, targetId: l.groupItemId };
      const values = { id: l.id, allocationId: l.allocationId, ...line, returnedAt: l.returnedAt, data: l };
      db.insert(loanLines).values(values).onConflictDoUpdate({ target: loanLines.id, set: values }).run();
      return;
    }
    default: {
      const unreachable: never = change;
      throw new Error(`Unknown sync change ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Writes one change into the mirror. Callers wrap a page of these in one transaction with its cursor. */
export function applyChange(db: StoreDb, change: Change): void {
  if (change.op === 'delete') remove(db, change.table, change.id);
  else upsert(db, change);
}
