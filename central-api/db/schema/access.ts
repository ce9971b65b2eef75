import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { person } from './people.js';
import { location } from './reference.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A registered kiosk. Codes and tokens are stored as SHA-256 digests, never as the secret itself. */
export const kiosk = pgTable('kiosk', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  locationId: uuid('location_id').references(() => location.id),
  enrolmentCodeHash: text('enrolment_code_hash').unique(),
  enrolmentExpiresAt: at('enrolment_expires_at'),
  tokenHash: text('token_hash').unique(),
  enrolledAt: at('enrolled_at'),
  revokedAt: at('revoked_at'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const refreshToken = pgTable(
  'refresh_token',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('refresh_token_person_idx').on(t.personId)],
);

/** The key access tokens are signed with, made once and shared by every API replica on this database. */
export const signingKey = pgTable('signing_key', {
  id: text('id').primaryKey(),
  secret: text('secret').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});
