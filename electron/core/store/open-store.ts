import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KitdeskError } from '../../../domain/index.js';
import * as schema from './schema.js';

export type StoreDb = BetterSQLite3Database<typeof schema>;
export type Store = { db: StoreDb; sqlite: Database.Database; close(): void };

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The newest migration this build knows, from drizzle-kit's journal. */
function newestKnownMigration(): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return Math.max(...journal.entries.map((e) => e.when));
}

/** A database written by a newer Kitdesk may have columns this build would corrupt: refuse it whole. */
function refuseNewer(sqlite: Database.Database, file: string): void {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return;
  const row = sqlite.prepare('SELECT MAX(created_at) AS newest FROM __drizzle_migrations').get() as {
    newest: number | null;
  };
  if (row.newest !== null && row.newest > newestKnownMigration()) {
    throw new KitdeskError(
      'conflict',
      `The kiosk database ${file} was written by a newer version of Kitdesk. Install that version again, or move the file aside to start afresh (pending loans in it would be lost).`,
    );
  }
}

/**
 * Opens (creating if need be) the kiosk's SQLite file: WAL so readers never wait for the writer,
 * synchronous=FULL so a loan that showed a receipt survives a power cut, foreign keys on.
 */
export function openStore(file: string): Store {
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    refuseNewer(sqlite, file);
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    sqlite.prepare('INSERT OR IGNORE INTO sync_state (id) VALUES (1)').run();
    return { db, sqlite, close: () => sqlite.close() };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
