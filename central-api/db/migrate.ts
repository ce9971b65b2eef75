import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePgDb } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePgliteDb } from 'drizzle-orm/pglite/migrator';
import type pg from 'pg';

/** The SQL written by drizzle-kit (`npm run db:generate`) and committed beside this file. */
export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * SQL functions kept whole, one file each, rather than redefined migration after migration: each file is
 * an idempotent `CREATE OR REPLACE` run after the migrations.
 */
export const functionsFolder = fileURLToPath(new URL('./functions', import.meta.url));
export const functionFiles = [
  'lending-facts.sql',
  'regex-literal.sql',
  'audit-redaction-check.sql',
  'audit-erasure.sql',
  'application-role.sql',
] as const;

/** Any advisory-lock key that is ours alone; it keeps two replicas from migrating at once. */
const MIGRATION_LOCK = 7316002;

export type AnyPgDb = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;

export async function migratePglite(db: PgliteDatabase<Record<string, unknown>>): Promise<void> {
  await migratePgliteDb(db, { migrationsFolder });
  await applyDatabaseFunctions(db);
}

export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const db = drizzle({ client });
      await migrateNodePgDb(db, { migrationsFolder });
      await applyDatabaseFunctions(db);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/**
 * Define the functions as this code knows them, unless the database has a migration this code does not
 * know: a replica still running the previous release, restarted during a rolling upgrade, must not put
 * back the functions of its release over those of the newer one.
 */
export async function applyDatabaseFunctions(db: AnyPgDb): Promise<void> {
  const ours = readMigrationFiles({ migrationsFolder }).at(-1)?.folderMillis ?? 0;
  const result = (await db.execute(
    sql`select max(created_at) as "latest" from drizzle.__drizzle_migrations`,
  )) as unknown as { rows: { latest: string | number | null }[] };
  if (Number(result.rows[0]?.latest ?? 0) > ours) return;
  for (const file of functionFiles) {
    await db.execute(sql.raw(readFileSync(`${functionsFolder}/${file}`, 'utf8')));
  }
}
