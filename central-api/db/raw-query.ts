import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
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

/** A list as one array parameter (`= any(…)`), however long: drizzle would spread a list into one parameter each. */
export function textArray(values: readonly string[]): SQL {
  return sql`${sql.param([...values])}::text[]`;
}

export function uuidArray(values: readonly string[]): SQL {
  return sql`${sql.param([...values])}::uuid[]`;
}

const INSERT_CHUNK = 5000;

/**
 * Insert many rows with one statement per few thousand, each sending its rows as one JSON parameter:
 * building and sending a parameter per value is what makes a bulk import slow, not the database.
 * Every row must give the same columns; the others take their defaults.
 */
export async function insertRows<T extends PgTable>(
  db: Db | Tx,
  table: T,
  rows: readonly Partial<T['$inferInsert']>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = Object.keys(rows[0]!);
  const names = sql.join(
    keys.map((k) => sql.identifier(columns[k]!.name)),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const json = rows.slice(i, i + INSERT_CHUNK).map((row) => {
      const r = row as Record<string, unknown>;
      return Object.fromEntries(
        keys.map((k) => [columns[k]!.name, r[k] instanceof Date ? (r[k] as Date).toISOString() : r[k]]),
      );
    });
    await db.execute(
      sql`insert into ${table} (${names}) select ${names} from json_populate_recordset(null::${table}, ${JSON.stringify(json)}::json)`,
    );
  }
}
