import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { kiosk } from './access.js';
// eslint-disable-next-line import-x/no-cycle -- asset.allocation_id repeats the open loan; the cycle goes with it
import { asset, groupItem } from './catalogue.js';
import { person } from './people.js';
import { location } from './reference.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A loan: everything one borrower took in one transaction. */
export const allocation = pgTable(
  'allocation',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    outAt: at('out_at').notNull(),
    dueAt: at('due_at').notNull(),
    returnedAt: at('returned_at'),
    kioskId: uuid('kiosk_id').references(() => kiosk.id),
    overrideById: uuid('override_by_id').references(() => person.id),
    overrideReason: text('override_reason'),
  },
  (t) => [
    index('allocation_person_idx')
      .on(t.personId)
      .where(sql`${t.returnedAt} is null`),
  ],
);

export const allocationAssetLine = pgTable(
  'allocation_asset_line',
  {
    id: uuid('id').primaryKey(),
    allocationId: uuid('allocation_id')
      .notNull()
      .references(() => allocation.id),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => asset.id),
    returnedAt: at('returned_at'),
    returnedToLocationId: uuid('returned_to_location_id').references(() => location.id),
    conditionNote: text('condition_note'),
  },
  (t) => [
    index('allocation_asset_line_allocation_idx').on(t.allocationId),
    // A borrower's open lines, found without reading every open line of the school (kitdesk_lending_facts).
    index('allocation_asset_line_open_allocation_idx')
      .on(t.allocationId)
      .where(sql`${t.returnedAt} is null`),
    // The database's own guarantee that an asset is on at most one open loan, whatever the code does.
    uniqueIndex('allocation_asset_line_open_asset_uq')
      .on(t.assetId)
      .where(sql`${t.returnedAt} is null`),
  ],
);

export const allocationItemLine = pgTable(
  'allocation_item_line',
  {
    id: uuid('id').primaryKey(),
    allocationId: uuid('allocation_id')
      .notNull()
      .references(() => allocation.id),
    groupItemId: uuid('group_item_id')
      .notNull()
      .references(() => groupItem.id),
    returnedAt: at('returned_at'),
  },
  (t) => [
    index('allocation_item_line_allocation_idx').on(t.allocationId),
    index('allocation_item_line_open_allocation_idx')
      .on(t.allocationId)
      .where(sql`${t.returnedAt} is null`),
    uniqueIndex('allocation_item_line_open_item_uq')
      .on(t.groupItemId)
      .where(sql`${t.returnedAt} is null`),
  ],
);
