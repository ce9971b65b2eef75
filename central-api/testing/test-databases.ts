/**
 * Databases for tests: every test file gets its own. PGlite always runs; real PostgreSQL runs as well when
 * TEST_DATABASE_URL is set, each file in a database of its own (so parallel files never collide).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.js';

export type DatabaseKind = Database['kind'];
export type TestDatabase = Database & { readonly url: string | null };

const adminUrl = process.env.TEST_DATABASE_URL;

/** The kinds to run every database test on: PGlite, plus PostgreSQL when TEST_DATABASE_URL is set. */
export const databaseKinds: DatabaseKind[] = adminUrl ? ['pglite', 'postgres'] : ['pglite'];
export const postgresAvailable = adminUrl !== undefined;

export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') return { ...(await openDatabase()), url: null };
  if (!adminUrl)
    throw new Error('TEST_DATABASE_URL is not set: start one with scripts/pg-throwaway.sh start.');
  const name = `kitdesk_t_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.href, poolSize: 30 });
  return {
    ...database,
    url: url.href,
    async close() {
      await database.close();
      await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
