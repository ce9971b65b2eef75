/**
 * The reports of `GET /reports/…`. Each answers JSON shaped so a chart can be drawn from it as it is
 * (labels and series side by side), or CSV with `?format=csv`. Dates of a range are calendar days in the
 * school's time zone, both ends included.
 */
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from '../ids.js';
import { Text } from '../text.js';

export const ReportFormat = z.enum(['json', 'csv']);
export type ReportFormat = z.infer<typeof ReportFormat>;

const format = ReportFormat.default('json');
const text = Text.min(1).max(200);
/** The borrower's school and department. */
const borrowerFilters = { school: text.optional(), department: text.optional() };
/** `locationId` is the assets' home location. */
const assetFilters = { locationId: Id.optional(), assetTypeId: Id.optional() };
const range = { from: IsoDate.optional(), to: IsoDate.optional() };

const fromNotAfterTo = (q: { from?: string | undefined; to?: string | undefined }) =>
  q.from === undefined || q.to === undefined || q.from <= q.to;
const rangeMessage = { message: '`from` must not be after `to`.', path: ['from'] };

/** A person as reports show them: enough to recognise, nothing to contact them by. */
export const ReportPerson = z.object({
  id: Id,
  name: z.string(),
  school: z.string().nullable(),
  department: z.string().nullable(),
});
export type ReportPerson = z.infer<typeof ReportPerson>;

export const NamedThing = z.object({ id: Id, name: z.string() });

// ─── Overdue loans ────────────────────────────────────────────────────────────────────────────────
/** `from`/`to` bound the due dates; an asset filter keeps loans with at least one such asset still out. */
export const OverdueQuery = z
  .strictObject({ format, ...borrowerFilters, ...assetFilters, ...range })
  .refine(fromNotAfterTo, rangeMessage);
export type OverdueQuery = z.infer<typeof OverdueQuery>;

export const OverdueLoan = z.object({
  allocationId: Id,
  borrower: ReportPerson,
  outAt: IsoDateTime,
  dueAt: IsoDateTime,
  /** Whole days past due, any part of a day counting as one (as returns count days late). */
  daysOverdue: z.number().int().positive(),
  /** What is still out on the loan. */
  assets: z.array(NamedThing.extend({ assetTypeName: z.string().nullable() })),
  accessories: z.array(NamedThing),
});
export type OverdueLoan = z.infer<typeof OverdueLoan>;

export const OverdueReport = z.object({
  asOf: IsoDateTime,
  loans: z.array(OverdueLoan),
  /** Whether the API can send email: without it, no reminder can be sent, so none is offered. */
  emailReminders: z.boolean(),
});
export type OverdueReport = z.infer<typeof OverdueReport>;

// ─── Loans over time ──────────────────────────────────────────────────────────────────────────────
/** Without a range: the last 30 days by day, or the last 12 weeks (Monday to Sunday) by week. */
export const LoansOverTimeQuery = z
  .strictObject({
    format,
    interval: z.enum(['day', 'week']).default('week'),
    ...borrowerFilters,
    ...assetFilters,
    ...range,
  })
  .refine(fromNotAfterTo, rangeMessage);
export type LoansOverTimeQuery = z.infer<typeof LoansOverTimeQuery>;

export const LoansOverTimeReport = z.object({
  interval: z.enum(['day', 'week']),
  from: IsoDate,
  to: IsoDate,
  /** The first day of each bucket: the x axis. */
  buckets: z.array(IsoDate),
  /** Loans that went out in each bucket. */
  loans: z.array(z.number().int().nonnegative()),
  /** Items lent in each bucket, one series per asset type lent in the range (a null id: no type). */
  series: z.array(
    z.object({
      assetTypeId: Id.nullable(),
      assetTypeName: z.string(),
      items: z.array(z.number().int().nonnegative()),
    }),
  ),
});
export type LoansOverTimeReport = z.infer<typeof LoansOverTimeReport>;

// ─── Utilisation ──────────────────────────────────────────────────────────────────────────────────
/**
 * The share of the period each asset spent on loan. Without a range: the last 30 days. A period reaching
 * into the future ends now. Assets disposed of before the period, or added after it, are left out.
 */
export const UtilisationQuery = z
  .strictObject({ format, ...assetFilters, ...range })
  .refine(fromNotAfterTo, rangeMessage);
export type UtilisationQuery = z.infer<typeof UtilisationQuery>;

const share = z.number().min(0).max(1);

export const AssetUtilisationReport = z.object({
  from: IsoDate,
  to: IsoDate,
  periodHours: z.number().nonnegative(),
  /** Busiest first. */
  assets: z.array(
    z.object({
      assetId: Id,
      name: z.string(),
      assetTypeId: Id.nullable(),
      assetTypeName: z.string().nullable(),
      onLoanHours: z.number().nonnegative(),
      share,
    }),
  ),
});
export type AssetUtilisationReport = z.infer<typeof AssetUtilisationReport>;

export const AssetTypeUtilisationReport = z.object({
  from: IsoDate,
  to: IsoDate,
  periodHours: z.number().nonnegative(),
  /** Busiest first; `share` is the hours on loan over the hours all the type's assets could have been. */
  assetTypes: z.array(
    z.object({
      assetTypeId: Id.nullable(),
      assetTypeName: z.string(),
      assets: z.number().int().nonnegative(),
      onLoanHours: z.number().nonnegative(),
      availableHours: z.number().nonnegative(),
      share,
    }),
  ),
});
export type AssetTypeUtilisationReport = z.infer<typeof AssetTypeUtilisationReport>;

// ─── Top borrowers ────────────────────────────────────────────────────────────────────────────────
/** Loans that went out in the range (all time without one), counted when they include a matching asset. */
export const TopBorrowersQuery = z
  .strictObject({
    format,
    limit: z.coerce.number().int().min(1).max(100).default(10),
    ...borrowerFilters,
    ...assetFilters,
    ...range,
  })
  .refine(fromNotAfterTo, rangeMessage);
export type TopBorrowersQuery = z.infer<typeof TopBorrowersQuery>;

export const TopBorrowersReport = z.object({
  borrowers: z.array(
    ReportPerson.extend({ loans: z.number().int().positive(), items: z.number().int().positive() }),
  ),
});
export type TopBorrowersReport = z.infer<typeof TopBorrowersReport>;

// ─── Where assets are ─────────────────────────────────────────────────────────────────────────────
const AssetRow = z.object({
  assetId: Id,
  name: z.string(),
  barcode: z.string().nullable(),
  assetTypeName: z.string().nullable(),
  homeLocation: NamedThing.nullable(),
});

/** Assets in service with no loan in the range (none ever, without a range). */
export const NeverLentQuery = z
  .strictObject({ format, ...assetFilters, ...range })
  .refine(fromNotAfterTo, rangeMessage);
export type NeverLentQuery = z.infer<typeof NeverLentQuery>;

export const NeverLentReport = z.object({ assets: z.array(AssetRow) });
export type NeverLentReport = z.infer<typeof NeverLentReport>;

/** Assets that are in, but somewhere other than their home location. */
export const AwayFromHomeQuery = z.strictObject({ format, ...assetFilters });
export type AwayFromHomeQuery = z.infer<typeof AwayFromHomeQuery>;

export const AwayFromHomeReport = z.object({
  assets: z.array(
    AssetRow.extend({
      location: NamedThing,
      /** When it last came back from a loan; null when it was moved without one. */
      lastReturnedAt: IsoDateTime.nullable(),
    }),
  ),
});
export type AwayFromHomeReport = z.infer<typeof AwayFromHomeReport>;

// ─── Kits missing accessories ─────────────────────────────────────────────────────────────────────
/** Kits whose tagged members came back while accessories stayed out; `from`/`to` bound when they came back. */
export const MissingAccessoriesQuery = z
  .strictObject({ format, ...borrowerFilters, ...range })
  .refine(fromNotAfterTo, rangeMessage);
export type MissingAccessoriesQuery = z.infer<typeof MissingAccessoriesQuery>;

export const MissingAccessoriesReport = z.object({
  kits: z.array(
    z.object({
      kit: NamedThing,
      allocationId: Id,
      borrower: ReportPerson,
      /** When the kit's last tagged member came back. */
      returnedAt: IsoDateTime,
      missing: z.array(NamedThing),
    }),
  ),
});
export type MissingAccessoriesReport = z.infer<typeof MissingAccessoriesReport>;
