import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from './database.js';

/**
 * Run hand-written SQL (reports, bulk statements) and check the shape of its rows, since no column
 * mapping applies to them. Both drivers answer `{ rows }`; select times through `isoText` and counts
 * cast to int, so each driver sends the same JavaScript values.
 */
export async function selectRows<T extends z.ZodType>(
  db: Db | Tx,
  row: T,
  query: SQL,
): Promise<z.infer<T>[]> {
  const result = (await db.execute(query)) as { rows: unknown[] };
  return z.array(row).parse(result.rows);
}

/** A timestamptz as an ISO 8601 string in UTC, as every boundary speaks it. */
export function isoText(expression: SQL): SQL<string> {
  return sql<string>`to_char(${expression} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** A JavaScript time as a timestamptz parameter. */
export function timestampParam(at: Date): SQL {
  return sql`${at.toISOString()}::timestamptz`;
}
