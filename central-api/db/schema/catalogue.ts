import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { person, timestamps } from './people.js';
import { assetType, disposalType, location } from './reference.js';

/** A kit: the specification's "Group" (a reserved word in SQL, hence the table name). */
export const assetGroup = pgTable('asset_group', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  ...timestamps,
});

export const groupItem = pgTable(
  'group_item',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => assetGroup.id),
    name: text('name').notNull(),
    description: text('description'),
    /** Where it comes on the kit's checklist; ties (rows from before the order was kept) go by name. */
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('group_item_group_idx').on(t.groupId)],
);

export const asset = pgTable(
  'asset',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id').references(() => assetGroup.id),
    locationId: uuid('location_id').references(() => location.id),
    homeLocationId: uuid('home_location_id').references(() => location.id),
    barcode: text('barcode'),
    rfid: text('rfid'),
    qrCode: text('qr_code'),
    pictureKey: text('picture_key'),
    name: text('name').notNull(),
    serialNumber: text('serial_number'),
    modelId: text('model_id'),
    description: text('description'),
    manufacturer: text('manufacturer'),
    colour: text('colour'),
    purchaseDate: date('purchase_date', { mode: 'string' }),
    purchaseSupplier: text('purchase_supplier'),
    warrantyDetails: text('warranty_details'),
    estimatedValuePence: integer('estimated_value_pence'),
    disposalDate: date('disposal_date', { mode: 'string' }),
    disposalReason: text('disposal_reason'),
    disposalTypeId: uuid('disposal_type_id').references(() => disposalType.id),
    highValue: boolean('high_value'),
    cannotLend: boolean('cannot_lend').notNull().default(false),
    ownerId: uuid('owner_id').references(() => person.id),
    assetTypeId: uuid('asset_type_id').references(() => assetType.id),
    ...timestamps,
  },
  (t) => [
    index('asset_group_idx').on(t.groupId),
    index('asset_location_idx').on(t.locationId),
    index('asset_type_idx').on(t.assetTypeId),
    index('asset_name_idx').on(sql`lower(${t.name})`),
    // The console's search box matches any part of these (`ilike '%…%'`): trigram indexes answer that
    // without reading every asset (pg_trgm, created by migration 0016).
    index('asset_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('asset_serial_number_trgm_idx').using('gin', t.serialNumber.op('gin_trgm_ops')),
    index('asset_manufacturer_trgm_idx').using('gin', t.manufacturer.op('gin_trgm_ops')),
    index('asset_model_id_trgm_idx').using('gin', t.modelId.op('gin_trgm_ops')),
  ],
);

/**
 * Every barcode, RFID and QR value of assets and people, one row each, kept by triggers on `asset` and
 * `person`. The primary key makes a value unique across both tables, and `GET /lookup` reads it.
 */
export const credential = pgTable(
  'credential',
  {
    code: text('code').primaryKey(),
    ownerKind: text('owner_kind', { enum: ['person', 'asset'] }).notNull(),
    ownerId: uuid('owner_id').notNull(),
  },
  (t) => [index('credential_owner_idx').on(t.ownerId)],
);
