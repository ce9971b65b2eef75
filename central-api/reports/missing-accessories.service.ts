import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { MissingAccessoriesQuery, MissingAccessoriesReport } from '../../domain/api/reports.js';
import type { AppContext } from '../app-context.js';
import { isoText, selectRows, timestampParam } from '../db/raw-query.js';
import {
  allocation,
  allocationAssetLine,
  allocationItemLine,
  asset,
  assetGroup,
  groupItem,
  person,
} from '../db/schema/index.js';
import type { CsvTable } from '../http/csv-reply.js';
import { allOf, borrowerConditions } from './report-filters.js';
import { openPeriodOf } from './report-period.js';

const MissingRow = z.object({
  kitId: z.string(),
  kitName: z.string(),
  allocationId: z.string(),
  personId: z.string(),
  personName: z.string(),
  school: z.string().nullable(),
  department: z.string().nullable(),
  returnedAt: z.string(),
  itemId: z.string(),
  itemName: z.string(),
});

/**
 * Accessories still out on a loan whose kit's tagged members have all come back: staff finished a partial
 * return without them, so they are missing. One entry per kit and loan, oldest return first.
 */
export async function missingAccessoriesReport(
  ctx: Pick<AppContext, 'db' | 'timeZone'>,
  q: MissingAccessoriesQuery,
): Promise<MissingAccessoriesReport> {
  const backWithin = await openPeriodOf(ctx.db, ctx.timeZone, q);
  const memberLines = sql`from ${allocationAssetLine} join ${asset} on ${asset.id} = ${allocationAssetLine.assetId}
    where ${allocationAssetLine.allocationId} = ${allocation.id} and ${asset.groupId} = ${assetGroup.id}`;
  const kitBack = sql`(select max(${allocationAssetLine.returnedAt}) ${memberLines})`;
  const rows = await selectRows(
    ctx.db,
    MissingRow,
    sql`select ${assetGroup.id} as "kitId", ${assetGroup.name} as "kitName", ${allocation.id} as "allocationId",
          ${person.id} as "personId", ${person.name} as "personName", ${person.school} as "school",
          ${person.department} as "department", ${isoText(kitBack)} as "returnedAt",
          ${groupItem.id} as "itemId", ${groupItem.name} as "itemName"
        from ${allocationItemLine}
        join ${groupItem} on ${groupItem.id} = ${allocationItemLine.groupItemId}
        join ${assetGroup} on ${assetGroup.id} = ${groupItem.groupId}
        join ${allocation} on ${allocation.id} = ${allocationItemLine.allocationId}
        join ${person} on ${person.id} = ${allocation.personId}
        where ${allocationItemLine.returnedAt} is null
          and exists (select 1 ${memberLines})
          and not exists (select 1 ${memberLines} and ${allocationAssetLine.returnedAt} is null)
          and ${allOf(borrowerConditions(q))}
          and ${backWithin.start === null ? sql`true` : sql`${kitBack} >= ${timestampParam(backWithin.start)}`}
          and ${backWithin.end === null ? sql`true` : sql`${kitBack} < ${timestampParam(backWithin.end)}`}
        order by 8, lower(${assetGroup.name}), ${allocation.id}, lower(${groupItem.name}), ${groupItem.id}`,
  );
  const kits: MissingAccessoriesReport['kits'] = [];
  for (const r of rows) {
    const last = kits.at(-1);
    const missing = { id: r.itemId, name: r.itemName };
    if (last && last.kit.id === r.kitId && last.allocationId === r.allocationId) {
      last.missing.push(missing);
      continue;
    }
    kits.push({
      kit: { id: r.kitId, name: r.kitName },
      allocationId: r.allocationId,
      borrower: { id: r.personId, name: r.personName, school: r.school, department: r.department },
      returnedAt: r.returnedAt,
      missing: [missing],
    });
  }
  return { kits };
}

export function missingAccessoriesCsv(report: MissingAccessoriesReport): CsvTable {
  return {
    columns: [
      'kit id',
      'kit',
      'allocation id',
      'borrower id',
      'borrower',
      'school',
      'department',
      'returned at',
      'missing',
    ],
    rows: report.kits.map((k) => [
      k.kit.id,
      k.kit.name,
      k.allocationId,
      k.borrower.id,
      k.borrower.name,
      k.borrower.school,
      k.borrower.department,
      k.returnedAt,
      k.missing.map((m) => m.name).join('; '),
    ]),
  };
}
