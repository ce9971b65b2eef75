import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};
export { timestamps };

type SearchedColumns = Record<'name' | 'email' | 'department' | 'school', AnyPgColumn>;

/**
 * What a search of people looks through, as one lower-case text, so that one trigram index answers a
 * search for part of a name, email, year group or school (ILIKE on each column would read every row).
 * The query must use this same expression for the index to serve it.
 */
export const personSearchText = (t: SearchedColumns) =>
  sql`lower(coalesce(${t.name}, '') || ' ' || coalesce(${t.email}, '') || ' ' || coalesce(${t.department}, '') || ' ' || coalesce(${t.school}, ''))`;

/** Pupils and staff. `rfid` and `barcode` are kept unique across people and assets by `credential`. */
export const person = pgTable(
  'person',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    /** Stored lower-case, so sign-in is case-insensitive and the unique index means what it says. */
    email: text('email').unique(),
    department: text('department'),
    school: text('school'),
    lend: boolean('lend').notNull().default(true),
    staff: boolean('staff').notNull().default(false),
    isAdmin: boolean('is_admin').notNull().default(false),
    canLogIn: boolean('can_log_in').notNull().default(false),
    rfid: text('rfid'),
    barcode: text('barcode'),
    leftAt: date('left_at', { mode: 'string' }),
    erasedAt: timestamp('erased_at', { withTimezone: true, mode: 'date' }),
    /** scrypt, in the self-describing format of central-api/auth/passwords.ts; null means no password set. */
    passwordHash: text('password_hash'),
    /**
     * A member of staff's kiosk PIN, hashed as passwords are. Sent only to enrolled kiosks (the sync
     * feed), never in any other answer; null means no PIN set.
     */
    staffPinHash: text('staff_pin_hash'),
    ...timestamps,
  },
  (t) => [
    index('person_name_idx').on(sql`lower(${t.name})`),
    index('person_search_trgm_idx').using('gin', sql`${personSearchText(t)} gin_trgm_ops`),
    // A search also matches a whole card number: with these, the whole OR is answered from indexes.
    index('person_rfid_idx').on(t.rfid),
    index('person_barcode_idx').on(t.barcode),
  ],
);

/** The specification's Role table: the fixed set of roles permissions are granted to (see domain Role). */
export const role = pgTable('role', {
  id: text('id').primaryKey(),
  description: text('description').notNull(),
});
