import { mkdirSync } from 'node:fs';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { migratePglite, migratePostgres } from './migrate.js';
import { listenOnPostgres } from './pg-listener.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The drizzle handle every service uses; the same type whether PGlite or PostgreSQL is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type Database = {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  /**
   * Calls `onPayload` for every NOTIFY on `channel` from any connection, in this process or another;
   * `onError` hears about a lost connection (it is re-established by itself).
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onError?: (err: Error) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

export type OpenDatabaseOptions = {
  /** A PostgreSQL connection URL; when absent the embedded PGlite is used. */
  url?: string;
  /** Where PGlite keeps its files; when absent (and no url) the database lives in memory only. */
  dataDir?: string;
  /** A PGlite dump (`dumpDataDir`) to start from, so tests need not build every database from nothing. */
  loadDataDir?: Blob;
  /** Connections in the PostgreSQL pool. */
  poolSize?: number;
  /** Apply the committed migrations before returning (the default). */
  migrate?: boolean;
};

/** An embedded PGlite with the extensions the migrations create: pg_trgm, for the asset and people searches. */
export function newPglite(options: PGliteOptions = {}): PGlite {
  return new PGlite({ ...options, extensions: { pg_trgm } });
}

/** Open the central database (PostgreSQL when `url` is given, PGlite otherwise) with migrations applied. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const migrate = options.migrate ?? true;
  return options.url
    ? openPostgres(options.url, options.poolSize ?? 20, migrate)
    : openPglite(options.dataDir, options.loadDataDir, migrate);
}

async function openPglite(
  dataDir: string | undefined,
  loadDataDir: Blob | undefined,
  migrate: boolean,
): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = newPglite({ ...(dataDir ? { dataDir } : {}), ...(loadDataDir ? { loadDataDir } : {}) });
  await client.waitReady;
  const db = drizzlePglite({ client, schema });
  if (migrate)
    await closeOnFailure(
      () => migratePglite(db),
      () => client.close(),
    );
  return {
    db,
    kind: 'pglite',
    async listen(channel, onPayload) {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string, poolSize: number, migrate: boolean): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  if (migrate)
    await closeOnFailure(
      () => migratePostgres(pool),
      () => pool.end(),
    );
  const stops = new Set<() => Promise<void>>();
  return {
    db: drizzleNodePg({ client: pool, schema }),
    kind: 'postgres',
    async listen(channel, onPayload, onError = () => undefined) {
      const stop = await listenOnPostgres(url, channel, onPayload, onError);
      stops.add(stop);
      return async () => {
        if (stops.delete(stop)) await stop();
      };
    },
    async close() {
      await Promise.all([...stops].map((stop) => stop()));
      stops.clear();
      await pool.end();
    },
  };
}

async function closeOnFailure(work: () => Promise<void>, close: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    await close();
    throw err;
  }
}

/** The rows of a raw SQL query: both drivers answer `{ rows }`, which drizzle's shared type does not say. */
export async function rawRows(db: Db | Tx, query: SQL): Promise<unknown[]> {
  const result = (await db.execute(query)) as unknown as { rows: unknown[] };
  return result.rows;
}
