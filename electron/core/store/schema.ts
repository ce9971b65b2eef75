/**
 * The kiosk's SQLite file. Mirrored catalogue rows keep the whole validated row as JSON (`data`) beside the
 * columns the kiosk queries by; they are written only by pull. The outbox and the pending-line overlay hold
 * this kiosk's own events until the server has answered and a pull has brought the result back.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const json = <T>(name: string) => text(name, { mode: 'json' }).$type<T>().notNull();

export const people = sqliteTable('people', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  data: json<unknown>('data'),
  /** A member of staff's PIN hash, beside `data` rather than in it, so no answer to the screen carries it. */
  staffPinHash: text('staff_pin_hash'),
});

export const assets = sqliteTable(
  'assets',
  {
    id: text('id').primaryKey(),
    groupId: text('group_id'),
    name: text('name').notNull(),
    data: json<unknown>('data'),
  },
  (t) => [index('assets_group').on(t.groupId)],
);

export const groupItems = sqliteTable(
  'group_items',
  {
    id: text('id').primaryKey(),
    groupId: text('group_id').notNull(),
    data: json<unknown>('data'),
  },
  (t) => [index('group_items_group').on(t.groupId)],
);

/** Small reference tables (kits, locations, asset types, disposal types) share one shape. */
export const references = sqliteTable('reference_rows', {
  id: text('id').primaryKey(),
  table: text('table_name').notNull(),
  data: json<unknown>('data'),
});

export const allocations = sqliteTable(
  'allocations',
  {
    id: text('id').primaryKey(),
    personId: text('person_id').notNull(),
    data: json<unknown>('data'),
  },
  (t) => [index('allocations_person').on(t.personId)],
);

/** Loan lines from the server, asset and accessory alike; `returnedAt` null while out. */
export const loanLines = sqliteTable(
  'loan_lines',
  {
    id: text('id').primaryKey(),
    allocationId: text('allocation_id').notNull(),
    kind: text('kind', { enum: ['asset', 'groupItem'] }).notNull(),
    targetId: text('target_id').notNull(),
    returnedAt: text('returned_at'),
    data: json<unknown>('data'),
  },
  (t) => [
    index('loan_lines_target').on(t.targetId),
    index('loan_lines_allocation').on(t.allocationId),
    // The return desk lists the accessories still out on every view; the mirror keeps every line ever lent.
    index('loan_lines_open_accessories')
      .on(t.targetId)
      .where(sql`${t.kind} = 'groupItem' and ${t.returnedAt} is null`),
  ],
);

/** Every barcode, RFID and QR value of people and assets, upper-cased, for one indexed look-up per tap. */
export const credentials = sqliteTable(
  'credentials',
  {
    code: text('code').primaryKey(),
    entity: text('entity', { enum: ['person', 'asset'] }).notNull(),
    entityId: text('entity_id').notNull(),
  },
  (t) => [index('credentials_entity').on(t.entityId)],
);

export const outbox = sqliteTable(
  'outbox',
  {
    seq: integer('seq').primaryKey(),
    eventId: text('event_id').notNull(),
    at: text('at').notNull(),
    kind: text('kind', { enum: ['checkout', 'return'] }).notNull(),
    payload: json<unknown>('payload'),
    /** A sentence for the desk, e.g. "Amira Khan: Canon EOS R50, Tripod". */
    summary: text('summary').notNull(),
    status: text('status', { enum: ['pending', 'applied', 'duplicate', 'rejected'] }).notNull(),
    answeredAt: text('answered_at'),
  },
  (t) => [uniqueIndex('outbox_event').on(t.eventId), index('outbox_status').on(t.status)],
);

/**
 * What this kiosk's unconfirmed events did to loans, overlaid on the mirror when deciding: a checkout adds
 * `out` lines, a return adds `in` lines. Rows go when their event is answered and a pull has caught up.
 */
export const pendingLines = sqliteTable(
  'pending_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventSeq: integer('event_seq').notNull(),
    direction: text('direction', { enum: ['out', 'in'] }).notNull(),
    kind: text('kind', { enum: ['asset', 'groupItem'] }).notNull(),
    targetId: text('target_id').notNull(),
    allocationId: text('allocation_id'),
    personId: text('person_id'),
    dueAt: text('due_at'),
  },
  (t) => [index('pending_lines_target').on(t.targetId), index('pending_lines_event').on(t.eventSeq)],
);

export const syncState = sqliteTable('sync_state', {
  id: integer('id').primaryKey(),
  apiUrl: text('api_url'),
  kioskId: text('kiosk_id'),
  kioskName: text('kiosk_name'),
  locationId: text('location_id'),
  token: text('token'),
  cursor: integer('cursor').notNull().default(0),
  eventCounter: integer('event_counter').notNull().default(0),
  lastSyncAt: text('last_sync_at'),
  offlineSince: text('offline_since'),
  policy: text('policy', { mode: 'json' }),
});

export const conflicts = sqliteTable('conflicts', {
  id: text('id').primaryKey(),
  eventId: text('event_id').notNull(),
  kind: text('kind', { enum: ['checkout', 'return'] }).notNull(),
  at: text('at').notNull(),
  summary: text('summary').notNull(),
  message: text('message').notNull(),
  reasons: json<unknown>('reasons'),
  status: text('status', { enum: ['open', 'resolved'] }).notNull(),
  resolution: text('resolution'),
  /** When the kiosk recorded the refused event; null on rows from before it was kept (then `at` stands in). */
  recordedAt: text('recorded_at'),
  /** The refused loan's borrower, { id, name }, as the mirror knew them; null for a return. */
  borrower: text('borrower', { mode: 'json' }).$type<unknown>(),
  /** The refused event's items with their tags, as the mirror knew them. */
  assets: json<unknown>('assets').default([]),
  /** The server's StandingLoan list: who it thinks has the items instead. */
  standing: json<unknown>('standing').default([]),
  resolvedBy: text('resolved_by'),
  resolvedAt: text('resolved_at'),
});

export const deviceConfig = sqliteTable('device_config', {
  id: integer('id').primaryKey(),
  data: json<unknown>('data'),
});
