/** Shared set-up of the benchmarks of the central API: its databases, and the API in a process of its own. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../../../central-api/db/database.js';
import { withPgClient } from '../../../central-api/testing/test-databases.js';

const here = dirname(fileURLToPath(import.meta.url));

/** TEST_DATABASE_URL, or the throwaway cluster of scripts/pg-throwaway.sh (started if need be). */
export function postgresUrl(): string {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  return execFileSync(join(here, '../../../scripts/pg-throwaway.sh'), ['start'], { encoding: 'utf8' }).trim();
}

/** The API (and a bare Fastify "hello" beside it) on `url`, in a process of its own. */
export async function startServerProcess(
  url: string,
): Promise<{ child: ChildProcess; api: string; hello: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(here, '..', 'central-api-bench-server.ts'), url],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return { child, ...(JSON.parse(line) as { api: string; hello: string }) };
}

/**
 * A fresh database of each kind for one benchmark: a new PostgreSQL database on the cluster of
 * `postgresUrl()` (dropped afterwards), or an in-memory PGlite; migrated either way.
 */
export async function withBenchDatabase<T>(
  kind: 'postgres' | 'pglite',
  work: (database: Database) => Promise<T>,
): Promise<T> {
  if (kind === 'pglite') {
    const database = await openDatabase();
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  }
  const adminUrl = postgresUrl();
  const name = `kitdesk_bench_${randomBytes(4).toString('hex')}`;
  const admin = (statement: string) => withPgClient(adminUrl, (c) => c.query(statement));
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.href });
  try {
    return await work(database);
  } finally {
    await database.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
