import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './people.js';

export const location = pgTable('location', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  area: text('area'),
  ...timestamps,
});

export const assetType = pgTable('asset_type', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  loanPeriodHours: integer('loan_period_hours'),
  ...timestamps,
});

export const disposalType = pgTable('disposal_type', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  ...timestamps,
});
