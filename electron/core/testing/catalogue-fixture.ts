/** A small school's catalogue written into a real kiosk SQLite file through the same path a pull takes. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  defaultLendingPolicy,
  newId,
  type Change,
  type GroupItem,
  type KioskPersonRow,
  type SyncTable,
  type syncTables,
} from '../../../domain/index.js';
import { anAssetRow } from '../../../domain/testing/catalogue-builders.js';
import { openStore, type Store } from '../store/open-store.js';
import { SyncLedger } from '../store/sync-ledger.js';

export function person(over: Partial<KioskPersonRow> = {}): KioskPersonRow {
  return {
    id: newId(),
    name: 'Amira Khan',
    department: 'Media Studies',
    school: 'Belmont',
    lend: true,
    staff: false,
    isAdmin: false,
    rfid: null,
    barcode: null,
    staffPinHash: null,
    ...over,
  };
}

export const asset = anAssetRow;

export function groupItem(groupId: string, name: string): GroupItem {
  return { id: newId(), groupId, name, description: null, position: 0 };
}

let seq = 0;
export function upsert<T extends SyncTable>(table: T, row: z.infer<(typeof syncTables)[T]>): Change {
  return { seq: ++seq, table, op: 'upsert', id: row.id, row } as Change;
}

export function tempStoreFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'kitdesk-kiosk-')), 'kiosk.db');
}

/** Opens a fresh store and applies `changes` as one fully caught-up page. */
export function seededStore(changes: Change[], file = tempStoreFile()): { store: Store; ledger: SyncLedger } {
  const store = openStore(file);
  const ledger = new SyncLedger(store.db, store.sqlite);
  ledger.applyPage({ changes, cursor: seq, remaining: 0, policy: defaultLendingPolicy });
  return { store, ledger };
}

/** A light kit of three tagged members and two untagged accessories, a pupil, a barred pupil and a teacher. */
export function schoolFixture() {
  const kitId = newId();
  const kitRow = { id: kitId, name: 'Aperture LS 300D', description: null };
  const members = [
    asset({ name: 'LS 300D light', groupId: kitId, barcode: 'KD-00101' }),
    asset({ name: 'Yoke', groupId: kitId, barcode: 'KD-00102' }),
    asset({ name: 'Power adapter', groupId: kitId, barcode: 'KD-00103' }),
  ];
  const items = [groupItem(kitId, 'Power cable'), groupItem(kitId, 'Reflector')];
  const camera = asset({ name: 'Canon EOS R50', barcode: 'KD-00001', rfid: 'E2000017221101441890AB01' });
  const cinema = asset({ name: 'Blackmagic Pocket 6K', barcode: 'KD-00002', estimatedValuePence: 150_000 });
  const monitor = asset({ name: 'Studio monitor', barcode: 'KD-00003', cannotLend: true });
  const old = asset({ name: 'Old tripod', barcode: 'KD-00004', disposalDate: '2025-07-01' });
  const pupil = person({ name: 'Amira Khan', rfid: '67003B51C6' });
  const barred = person({ name: 'Tom Reed', rfid: '0F0184F07A', lend: false });
  const teacher = person({ name: 'Ms Okafor', rfid: '4B00423C15', staff: true });
  const changes: Change[] = [
    upsert('group', kitRow),
    ...[...members, camera, cinema, monitor, old].map((a) => upsert('asset', a)),
    ...items.map((i) => upsert('groupItem', i)),
    ...[pupil, barred, teacher].map((p) => upsert('person', p)),
  ];
  return { kitId, members, items, camera, cinema, monitor, old, pupil, barred, teacher, changes };
}

/** A loan the server already knows about, as a pull brings it: each line out, or back at `returnedAt`. */
export function loanChanges(o: {
  personId: string;
  dueAt: string;
  assets: { id: string; returnedAt?: string }[];
  items: { id: string; returnedAt?: string }[];
}): { allocationId: string; changes: Change[] } {
  const allocationId = newId();
  const changes: Change[] = [
    upsert('allocation', {
      id: allocationId,
      personId: o.personId,
      outAt: '2026-11-20T09:00:00.000Z',
      dueAt: o.dueAt,
      returnedAt: null,
      kioskId: null,
      overrideById: null,
      overrideReason: null,
    }),
    ...o.assets.map((a) =>
      upsert('allocationAssetLine', {
        id: newId(),
        allocationId,
        assetId: a.id,
        returnedAt: a.returnedAt ?? null,
        returnedToLocationId: null,
        conditionNote: null,
      }),
    ),
    ...o.items.map((i) =>
      upsert('allocationItemLine', {
        id: newId(),
        allocationId,
        groupItemId: i.id,
        returnedAt: i.returnedAt ?? null,
      }),
    ),
  ];
  return { allocationId, changes };
}
