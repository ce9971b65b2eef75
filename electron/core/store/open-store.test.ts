import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
const tempFile = () => join(mkdtempSync(join(tmpdir(), 'kitdesk-store-')), 'kiosk.db');

describe('openStore', () => {
  it('creates the schema in WAL mode with synchronous=FULL and foreign keys on', () => {
    const store = openStore(tempFile());
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['outbox', 'credentials', 'sync_state', 'conflicts']));
    store.close();
  });

  it('opens an existing file again without re-running migrations', () => {
    const file = tempFile();
    openStore(file).close();
    const again = openStore(file);
    const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as {
      entries: unknown[];
    };
    expect(again.sqlite.prepare('SELECT COUNT(*) FROM __drizzle_migrations').pluck().get()).toBe(
      journal.entries.length,
    );
    again.close();
  });

  it('refuses a database written by a newer version, with a sentence saying what to do', () => {
    const file = tempFile();
    openStore(file).close();
    const raw = new Database(file);
    raw
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('future', 9_999_999_999_999);
    raw.close();
    expect(() => openStore(file)).toThrow(/written by a newer version of Kitdesk/);
  });
});
