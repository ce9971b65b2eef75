/**
 * Migration 0004 changes what the audit chain hashes. A database with entries sealed the old way must
 * come out of it with a chain that verifies, and a record of the head it had before.
 */
import { desc, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/audit.service.js';
import { emptyDatabase, migrationsUpTo } from '../testing/staged-migrations.js';
import { databaseKinds } from '../testing/test-databases.js';
import { migrationsFolder } from './migrate.js';
import { auditEntry } from './schema/index.js';

describe.each(databaseKinds)('resealing the audit trail on %s', (kind) => {
  const folders: { remove(): void }[] = [];
  afterAll(() => {
    for (const f of folders) f.remove();
  });

  it('reseals entries written before migration 0004, and records the old head', async () => {
    const before0004 = migrationsUpTo('0003_audit_content_digest');
    folders.push(before0004);
    const database = await emptyDatabase(kind);
    try {
      await database.migrate(before0004.folder);
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
