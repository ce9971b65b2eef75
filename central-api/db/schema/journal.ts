import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

const auditFields = {
  id: uuid('id').notNull().unique(),
  at: at('at').notNull().defaultNow(),
  actorKind: text('actor_kind', { enum: ['person', 'kiosk', 'system'] }).notNull(),
  actorId: text('actor_id'),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  /** Every id the entry concerns (the assets of a loan, its borrower), for the history of one thing. */
  subjects: text('subjects').array().notNull().default([]),
  description: text('description').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
};

/**
 * The append-only history. Rows arrive only through `audit_pending`, whose commit-time trigger gives each
 * entry the next `seq` and chains its hash to the previous entry's; triggers refuse UPDATE, DELETE and
 * TRUNCATE. Ids are plain values, never foreign keys, so history outlives what it describes.
 */
export const auditEntry = pgTable(
  'audit_entry',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    ...auditFields,
    /**
     * A random value sealed with the entry. The chain's hash covers `contentDigest`, a digest of salt,
     * description, before and after, rather than those fields themselves, so erasure can rewrite them
     * (and delete the salt) without breaking the chain: see migration 0004.
     */
    salt: text('salt'),
    contentDigest: text('content_digest').notNull(),
    /** The `person.erase` entry that rewrote this entry's personal data, when one did. */
    redactedBy: uuid('redacted_by'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_entry_entity_idx').on(t.entityId),
    // No pending list: its clean-up falls on whichever insert fills it, and that insert holds the journal
    // lock, so every commit of the school would wait for it.
    index('audit_entry_subjects_idx').using('gin', t.subjects).with({ fastupdate: false }),
  ],
);

/** Entries written in a transaction, sealed into `audit_entry` when it commits; empty between transactions. */
export const auditPending = pgTable('audit_pending', { ...auditFields, id: uuid('id').primaryKey() });

/**
 * The latest change of every mirrored row, numbered by one server-wide sequence in commit order (a
 * commit-time trigger allocates the number under a lock), so a kiosk's cursor never skips a change.
 */
export const changeLog = pgTable(
  'change_log',
  {
    tableName: text('table_name').notNull(),
    rowId: uuid('row_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull().unique(),
    op: text('op', { enum: ['upsert', 'delete'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tableName, t.rowId] })],
);

/** Every kiosk event the server has seen, so a repeated push is answered without applying it twice. */
export const kioskEvent = pgTable(
  'kiosk_event',
  {
    eventId: uuid('event_id').primaryKey(),
    kioskId: uuid('kiosk_id').notNull(),
    kioskSeq: integer('kiosk_seq').notNull(),
    at: at('at').notNull(),
    type: text('type', { enum: ['checkout', 'return'] }).notNull(),
    status: text('status', { enum: ['applied', 'rejected'] }).notNull(),
    reasons: jsonb('reasons'),
    message: text('message'),
    receivedAt: at('received_at').notNull().defaultNow(),
  },
  (t) => [index('kiosk_event_kiosk_idx').on(t.kioskId, t.kioskSeq)],
);
