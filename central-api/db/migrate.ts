import { fileURLToPath } from 'node:url';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePgliteDb } from 'drizzle-orm/pglite/migrator';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePgDb } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';

/** The SQL written by drizzle-kit (`npm run db:generate`) and committed beside this file. */
export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Any advisory-lock key that is ours alone; it keeps two replicas from migrating at once. */
const MIGRATION_LOCK = 7316002;

export async function migratePglite(db: PgliteDatabase<Record<string, unknown>>): Promise<void> {
  await migratePgliteDb(db, { migrationsFolder });
}

export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrateNodePgDb(drizzle({ client }), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
