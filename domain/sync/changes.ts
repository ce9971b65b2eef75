import { z } from 'zod';
import { Id } from '../ids.js';
import { LendingPolicy } from '../lending/facts.js';
import { Allocation, AllocationAssetLine, AllocationItemLine } from '../model/allocation.js';
import { Asset } from '../model/asset.js';
import { Group, GroupItem } from '../model/kit.js';
import { Person } from '../model/person.js';
import { AssetType, DisposalType, Location } from '../model/reference.js';

/**
 * What a kiosk holds of a person: enough to recognise a card and apply the rules, nothing more
 * (no email, no sign-in data), because the kiosk is a shared machine in a corridor.
 */
export const KioskPerson = Person.pick({
  id: true,
  name: true,
  department: true,
  school: true,
  lend: true,
  staff: true,
  isAdmin: true,
  rfid: true,
  barcode: true,
});
export type KioskPerson = z.infer<typeof KioskPerson>;

/**
 * A person as the sync feed carries them to an enrolled kiosk: with the hash of a member of staff's PIN,
 * so a barcode and PIN can be checked offline. The kiosk keeps the hash in a column of its own and never
 * hands it on, and only a kiosk is sent it (an admin pulling the feed gets null).
 */
export const KioskPersonRow = KioskPerson.extend({ staffPinHash: z.string().max(300).nullable() });
export type KioskPersonRow = z.infer<typeof KioskPersonRow>;

/** Every table a kiosk mirrors, with the row shape it receives. */
export const syncTables = {
  person: KioskPersonRow,
  asset: Asset,
  group: Group,
  groupItem: GroupItem,
  location: Location,
  assetType: AssetType,
  disposalType: DisposalType,
  allocation: Allocation,
  allocationAssetLine: AllocationAssetLine,
  allocationItemLine: AllocationItemLine,
} as const;
export type SyncTable = keyof typeof syncTables;
export const SyncTable = z.enum(Object.keys(syncTables) as [SyncTable, ...SyncTable[]]);

const upsert = <T extends SyncTable>(table: T) =>
  z.object({
    seq: z.number().int().positive(),
    table: z.literal(table),
    op: z.literal('upsert'),
    id: Id,
    row: syncTables[table],
  });

export const RowChange = z.discriminatedUnion('table', [
  upsert('person'),
  upsert('asset'),
  upsert('group'),
  upsert('groupItem'),
  upsert('location'),
  upsert('assetType'),
  upsert('disposalType'),
  upsert('allocation'),
  upsert('allocationAssetLine'),
  upsert('allocationItemLine'),
]);

/** A row that is gone (deleted, or an erased person): the kiosk forgets it. */
export const Tombstone = z.object({
  seq: z.number().int().positive(),
  table: SyncTable,
  op: z.literal('delete'),
  id: Id,
});

export const Change = z.union([RowChange, Tombstone]);
export type Change = z.infer<typeof Change>;

export const ChangesQuery = z.object({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});
export type ChangesQuery = z.infer<typeof ChangesQuery>;

/** One page of `GET /sync/changes`. Apply the page and store `cursor` in one transaction. */
export const ChangesPage = z.object({
  changes: z.array(Change),
  /** The cursor to send as `after` next time: the last change's seq, or `after` when the page is empty. */
  cursor: z.number().int().nonnegative(),
  /** Changes after `cursor` still to fetch, for the kiosk's "rows done / total" progress. */
  remaining: z.number().int().nonnegative(),
  /** The rules' settings, so kiosks decide offline as the server would. */
  policy: LendingPolicy,
});
export type ChangesPage = z.infer<typeof ChangesPage>;

/** The `data` of a `change` message on `GET /sync/stream` (server-sent events). */
export const ChangeNudge = z.object({ latest: z.number().int().nonnegative() });
export type ChangeNudge = z.infer<typeof ChangeNudge>;
