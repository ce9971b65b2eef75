/**
 * Databases for tests: every test file gets its own. PGlite always runs; real PostgreSQL runs as well when
 * TEST_DATABASE_URL is set, each file in a database of its own (so parallel files never collide).
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import pg from 'pg';
import { openDatabase, pgliteExtensions, type Database } from '../db/database.js';
import { functionsFolder, migratePglite, migrationsFolder } from '../db/migrate.js';

export type DatabaseKind = Database['kind'];
export type TestDatabase = Database & { readonly url: string | null };

const adminUrl = process.env.TEST_DATABASE_URL;

/** The kinds to run every database test on: PGlite, plus PostgreSQL when TEST_DATABASE_URL is set. */
export const databaseKinds: DatabaseKind[] = adminUrl ? ['pglite', 'postgres'] : ['pglite'];
export const postgresAvailable = adminUrl !== undefined;

export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite')
    return { ...(await openDatabase({ loadDataDir: await migratedPglite() })), url: null };
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

/** One connection to `url` for `work`, closed afterwards whatever happens. */
export async function withPgClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const withAdmin = <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => withPgClient(adminUrl!, work);

/**
 * A dump of a freshly migrated PGlite, made once per set of migrations and shared by every test file
 * through the temp folder: starting from it takes a fraction of a second instead of several. It is made
 * by the real migrations, and openDatabase still checks them when it starts from it.
 */
async function migratedPglite(): Promise<Blob> {
  const hash = createHash('sha256');
  const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  hash.update(readFileSync(join(dirname(pgliteEntry), '..', 'package.json')));
  for (const folder of [migrationsFolder, functionsFolder]) {
    for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
      if (file.endsWith('.sql') || file.endsWith('.json'))
        hash.update(file).update(readFileSync(join(folder, file)));
    }
  }
  const path = join(tmpdir(), `kitdesk-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
  if (!existsSync(path)) {
    const client = new PGlite({ extensions: pgliteExtensions });
    await migratePglite(drizzle({ client }));
    const dump = await client.dumpDataDir('none');
    await client.close();
    const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
  }
  return new Blob([readFileSync(path)]);
}
