/** Every value of every table, for checking that something is nowhere in the database. */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { selectRows } from '../db/raw-query.js';
import { z } from 'zod';

/** The tables of the public schema whose rows, as text, mention any of `values` (case ignored). */
export async function tablesMentioning(
  db: Db,
  values: readonly string[],
): Promise<{ table: string; row: string }[]> {
  const tables = await selectRows(
    db,
    z.object({ name: z.string() }),
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const found: { table: string; row: string }[] = [];
  for (const { name } of tables) {
    const rows = await selectRows(
      db,
      z.object({ row: z.string() }),
      sql`select t::text as row from ${sql.identifier(name)} t`,
    );
    for (const { row } of rows) {
      const lower = row.toLowerCase();
      if (values.some((v) => lower.includes(v.toLowerCase()))) found.push({ table: name, row });
    }
  }
  return found;
}
