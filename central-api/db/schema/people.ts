import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};
export { timestamps };

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
  (t) => [index('person_name_idx').on(sql`lower(${t.name})`)],
);

/** The specification's Role table: the fixed set of roles permissions are granted to (see domain Role). */
export const role = pgTable('role', {
  id: text('id').primaryKey(),
  description: text('description').notNull(),
});
