/**
 * Migration 0012 brings stored card and label codes to their key form (trimmed, upper-cased). Codes of
 * different owners that differ only in case must not be merged or dropped: the migration stops, names
 * them, and leaves the database as it was.
 */
import { asc, gt, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { emptyDatabase, migrationsUpTo, type StagedDatabase } from '../testing/staged-migrations.js';
import { databaseKinds } from '../testing/test-databases.js';
import { migrationsFolder } from './migrate.js';
import { asset, changeLog, credential, person } from './schema/index.js';

/**
 * A database at 0011 holding these rows, written as the old schema let them be. People go in by plain SQL:
 * drizzle's insert names every column of today's schema, some of which 0011 does not have yet.
 */
async function storedBefore(kind: 'pglite' | 'postgres', rows: (db: StagedDatabase['db']) => Promise<void>) {
  const database = await emptyDatabase(kind);
  const before0012 = migrationsUpTo('0011_lone_accessories_in_lending_facts');
  await database.migrate(before0012.folder).finally(() => before0012.remove());
  await rows(database.db);
  return database;
}

/** The message of what the driver threw, through any wrapping of drizzle's. */
function messagesOf(e: unknown): string {
  const parts: string[] = [];
  for (let c: unknown = e; c instanceof Error; c = c.cause) parts.push(c.message);
  return parts.join(' | ');
}

describe.each(databaseKinds)('migration 0012 on %s', (kind) => {
  it('stores every code as its key, one key per owner, and sends the rows to kiosks again', async () => {
    const database = await storedBefore(kind, async (db) => {
      await db.execute(
        sql`INSERT INTO person (id, name, rfid, barcode) VALUES ('00000000-0000-4000-8000-000000000001', 'Amira Khan', 'ab12', 'AB12')`,
      );
      await db.insert(asset).values({
        id: '00000000-0000-4000-8000-000000000002',
        name: 'Camera',
        barcode: 'kd-1',
        qrCode: 'https://kit.example/c1',
      });
    });
    try {
      const before = await database.db.select({ seq: changeLog.seq }).from(changeLog);
      const lastSeq = Math.max(...before.map((c) => c.seq));
      await database.migrate(migrationsFolder);
      expect(await database.db.select({ rfid: person.rfid, barcode: person.barcode }).from(person)).toEqual([
        { rfid: 'AB12', barcode: 'AB12' },
      ]);
      expect(await database.db.select({ barcode: asset.barcode, qrCode: asset.qrCode }).from(asset)).toEqual([
        { barcode: 'KD-1', qrCode: 'HTTPS://KIT.EXAMPLE/C1' },
      ]);
      expect(await database.db.select().from(credential).orderBy(asc(credential.code))).toEqual([
        { code: 'AB12', ownerKind: 'person', ownerId: '00000000-0000-4000-8000-000000000001' },
        {
          code: 'HTTPS://KIT.EXAMPLE/C1',
          ownerKind: 'asset',
          ownerId: '00000000-0000-4000-8000-000000000002',
        },
        { code: 'KD-1', ownerKind: 'asset', ownerId: '00000000-0000-4000-8000-000000000002' },
      ]);
      const resent = await database.db
        .select({ tableName: changeLog.tableName })
        .from(changeLog)
        .where(gt(changeLog.seq, lastSeq))
        .orderBy(asc(changeLog.tableName));
      expect(resent).toEqual([{ tableName: 'asset' }, { tableName: 'person' }]);
    } finally {
      await database.close();
    }
  });

  it('reports two codes of different owners that differ only in case, and changes nothing', async () => {
    const database = await storedBefore(kind, async (db) => {
      await db.execute(
        sql`INSERT INTO person (id, name, rfid, barcode) VALUES
          ('00000000-0000-4000-8000-000000000011', 'Amira Khan', 'ab12', NULL),
          ('00000000-0000-4000-8000-000000000012', 'Ben Ortiz', NULL, 'p-7')`,
      );
      await db
        .insert(asset)
        .values({ id: '00000000-0000-4000-8000-000000000013', name: 'Camera', barcode: 'AB12' });
    });
    try {
      const failure = await database.migrate(migrationsFolder).then(
        () => null,
        (e: unknown) => messagesOf(e),
      );
      expect(failure).toContain('differ only in case');
      expect(failure).toContain(
        'AB12: "AB12" of asset Camera (00000000-0000-4000-8000-000000000013), "ab12" of person Amira Khan (00000000-0000-4000-8000-000000000011)',
      );
      expect(failure).not.toContain('P-7');
      expect(
        await database.db
          .select({ rfid: person.rfid, barcode: person.barcode })
          .from(person)
          .orderBy(asc(person.name)),
      ).toEqual([
        { rfid: 'ab12', barcode: null },
        { rfid: null, barcode: 'p-7' },
      ]);
      expect((await database.db.select().from(credential)).map((c) => c.code).sort()).toEqual([
        'AB12',
        'ab12',
        'p-7',
      ]);
    } finally {
      await database.close();
    }
  });
});
