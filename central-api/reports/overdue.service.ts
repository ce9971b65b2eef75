import { and, asc, eq, exists, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { OverdueLoan, OverdueQuery, OverdueReport } from '../../domain/api/reports.js';
import type { AppContext } from '../app-context.js';
import type { CsvTable } from '../http/csv-reply.js';
import {
  allocation,
  allocationAssetLine,
  allocationItemLine,
  asset,
  assetType,
  groupItem,
  person,
} from '../db/schema/index.js';
import { assetConditions, borrowerConditions, hasAssetFilter, within } from './report-filters.js';
import { openPeriodOf } from './report-period.js';

const DAY_MS = 86_400_000;

/** Open loans past their due date, most overdue first, with what is still out on each. */
export async function overdueReport(
  ctx: Pick<AppContext, 'db' | 'now' | 'timeZone' | 'mailer'>,
  q: OverdueQuery,
): Promise<OverdueReport> {
  const emailReminders = ctx.mailer !== null;
  const now = ctx.now();
  const dueWithin = await openPeriodOf(ctx.db, ctx.timeZone, q);
  const matchingAssetStillOut = hasAssetFilter(q)
    ? exists(
        ctx.db
          .select({ one: sql`1` })
          .from(allocationAssetLine)
          .innerJoin(asset, eq(asset.id, allocationAssetLine.assetId))
          .where(
            and(
              eq(allocationAssetLine.allocationId, allocation.id),
              isNull(allocationAssetLine.returnedAt),
              ...assetConditions(q),
            ),
          ),
      )
    : undefined;
  const loans = await ctx.db
    .select({
      id: allocation.id,
      outAt: allocation.outAt,
      dueAt: allocation.dueAt,
      borrower: { id: person.id, name: person.name, school: person.school, department: person.department },
    })
    .from(allocation)
    .innerJoin(person, eq(person.id, allocation.personId))
    .where(
      and(
        isNull(allocation.returnedAt),
        lt(allocation.dueAt, now),
        ...borrowerConditions(q),
        ...within(allocation.dueAt, dueWithin),
        matchingAssetStillOut,
      ),
    )
    .orderBy(asc(allocation.dueAt), asc(allocation.id));
  if (loans.length === 0) return { asOf: now.toISOString(), loans: [], emailReminders };

  const ids = loans.map((l) => l.id);
  const [assets, accessories] = await Promise.all([
    ctx.db
      .select({
        allocationId: allocationAssetLine.allocationId,
        id: asset.id,
        name: asset.name,
        assetTypeName: assetType.name,
      })
      .from(allocationAssetLine)
      .innerJoin(asset, eq(asset.id, allocationAssetLine.assetId))
      .leftJoin(assetType, eq(assetType.id, asset.assetTypeId))
      .where(and(inArray(allocationAssetLine.allocationId, ids), isNull(allocationAssetLine.returnedAt)))
      .orderBy(asc(asset.name), asc(asset.id)),
    ctx.db
      .select({ allocationId: allocationItemLine.allocationId, id: groupItem.id, name: groupItem.name })
      .from(allocationItemLine)
      .innerJoin(groupItem, eq(groupItem.id, allocationItemLine.groupItemId))
      .where(and(inArray(allocationItemLine.allocationId, ids), isNull(allocationItemLine.returnedAt)))
      .orderBy(asc(groupItem.name), asc(groupItem.id)),
  ]);
  return {
    asOf: now.toISOString(),
    emailReminders,
    loans: loans.map((l): OverdueLoan => ({
      allocationId: l.id,
      borrower: l.borrower,
      outAt: l.outAt.toISOString(),
      dueAt: l.dueAt.toISOString(),
      // Counted as returns count days late: any part of a day is a day.
      daysOverdue: Math.ceil((now.getTime() - l.dueAt.getTime()) / DAY_MS),
      assets: assets
        .filter((a) => a.allocationId === l.id)
        .map(({ id, name, assetTypeName }) => ({ id, name, assetTypeName })),
      accessories: accessories.filter((a) => a.allocationId === l.id).map(({ id, name }) => ({ id, name })),
    })),
  };
}

export function overdueCsv(report: OverdueReport): CsvTable {
  return {
    columns: [
      'allocation id',
      'borrower id',
      'borrower',
      'school',
      'department',
      'out at',
      'due at',
      'days overdue',
      'assets',
      'accessories',
    ],
    rows: report.loans.map((l) => [
      l.allocationId,
      l.borrower.id,
      l.borrower.name,
      l.borrower.school,
      l.borrower.department,
      l.outAt,
      l.dueAt,
      l.daysOverdue,
      l.assets.map((a) => a.name).join('; '),
      l.accessories.map((a) => a.name).join('; '),
    ]),
  };
}
