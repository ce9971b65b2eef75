/**
 * Migration 0004 changes what the audit chain hashes. A database with entries sealed the old way must
 * come out of it with a chain that verifies, and a record of the head it had before.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { desc, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/audit.service.js';
import type { Db } from './database.js';
import { migrationsFolder } from './migrate.js';
import { auditEntry } from './schema/index.js';
import * as schema from './schema/index.js';
import { databaseKinds } from '../testing/test-databases.js';

/** The committed migrations up to and including `lastTag`, as a folder of their own. */
function migrationsUpTo(lastTag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kitdesk-migrations-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  return dir;
}

type Migrated = { db: Db; migrate(folder: string): Promise<void>; close(): Promise<void> };

async function emptyDatabase(kind: 'pglite' | 'postgres'): Promise<Migrated> {
  if (kind === 'pglite') {
    const client = new PGlite();
    const db = drizzlePglite({ client, schema });
    return {
      db,
      migrate: (folder) => migratePglite(db, { migrationsFolder: folder }),
      close: () => client.close(),
    };
  }
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `kitdesk_reseal_${randomBytes(4).toString('hex')}`;
  const run = async (q: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(q).finally(() => c.end());
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.href, max: 2 });
  const db = drizzleNodePg({ client: pool, schema });
  return {
    db,
    migrate: (folder) => migrateNodePg(db, { migrationsFolder: folder }),
    async close() {
      await pool.end();
      await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

describe.each(databaseKinds)('resealing the audit trail on %s', (kind) => {
  const folders: string[] = [];
  afterAll(() => {
    for (const f of folders) rmSync(f, { recursive: true, force: true });
  });

  it('reseals entries written before migration 0004, and records the old head', async () => {
    const before0004 = migrationsUpTo('0003_audit_content_digest');
    folders.push(before0004);
    const database = await emptyDatabase(kind);
    try {
      await database.migrate(before0004);
      for (const n of [1, 2, 3]) {
        await database.db.execute(
          sql`insert into audit_pending (id, actor_kind, action, entity_type, description, after)
              values (gen_random_uuid(), 'system', 'test.entry', 'test', ${`Entry ${n}, sealed the old way.`}, ${JSON.stringify({ n })}::jsonb)`,
        );
      }
      const [oldHead] = await database.db.select().from(auditEntry).orderBy(desc(auditEntry.seq)).limit(1);
      expect(oldHead).toMatchObject({ seq: 3, contentDigest: null });

      await database.migrate(migrationsFolder);
      const result = await verifyAuditChain(database.db);
      expect(result).toMatchObject({ intact: true, checked: 4, latestSeq: 4 });
      const [resealed] = await database.db.select().from(auditEntry).orderBy(desc(auditEntry.seq)).limit(1);
      expect(resealed).toMatchObject({
        action: 'audit.resealed',
        after: { previousLatestSeq: 3, previousLatestHash: oldHead!.hash },
      });
      const entries = await database.db.select().from(auditEntry).orderBy(auditEntry.seq);
      expect(entries.map((e) => e.description).slice(0, 3)).toEqual(
        [1, 2, 3].map((n) => `Entry ${n}, sealed the old way.`),
      );
      expect(entries.every((e) => e.salt !== null && e.contentDigest !== null)).toBe(true);
    } finally {
      await database.close();
    }
  });
});
