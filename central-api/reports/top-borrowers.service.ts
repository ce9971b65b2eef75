import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { TopBorrowersQuery, TopBorrowersReport } from '../../domain/api/reports.js';
import type { AppContext } from '../app-context.js';
import { allocation, allocationAssetLine, asset, person } from '../db/schema/index.js';
import type { CsvTable } from '../http/csv-reply.js';
import { assetConditions, borrowerConditions, within } from './report-filters.js';
import { openPeriodOf } from './report-period.js';

/** Who borrowed most: loans that went out in the range, then the items on them, then by name. */
export async function topBorrowersReport(
  ctx: Pick<AppContext, 'db' | 'timeZone'>,
  q: TopBorrowersQuery,
): Promise<TopBorrowersReport> {
  const outWithin = await openPeriodOf(ctx.db, ctx.timeZone, q);
  const loans = sql<number>`count(distinct ${allocation.id})::int`;
  const items = sql<number>`count(*)::int`;
  const borrowers = await ctx.db
    .select({
      id: person.id,
      name: person.name,
      school: person.school,
      department: person.department,
      loans,
      items,
    })
    .from(allocationAssetLine)
    .innerJoin(allocation, eq(allocation.id, allocationAssetLine.allocationId))
    .innerJoin(person, eq(person.id, allocation.personId))
    .innerJoin(asset, eq(asset.id, allocationAssetLine.assetId))
    .where(and(...borrowerConditions(q), ...assetConditions(q), ...within(allocation.outAt, outWithin)))
    .groupBy(person.id)
    .orderBy(desc(loans), desc(items), asc(sql`lower(${person.name})`), asc(person.id))
    .limit(q.limit);
  return { borrowers };
}

export function topBorrowersCsv(report: TopBorrowersReport): CsvTable {
  return {
    columns: ['person id', 'borrower', 'school', 'department', 'loans', 'items'],
    rows: report.borrowers.map((b) => [b.id, b.name, b.school, b.department, b.loans, b.items]),
  };
}
