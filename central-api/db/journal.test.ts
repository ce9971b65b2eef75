import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../testing/test-databases.js';
import { asset, auditEntry, auditPending, changeLog, credential, person } from './schema/index.js';

describe.each(databaseKinds)('database guarantees on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('keeps barcode, RFID and QR values unique across assets and people', async () => {
    const { db } = database;
    const personId = newId();
    await db.insert(person).values({ id: personId, name: 'Amira Khan', rfid: '0013961168', barcode: 'P-1' });
    const assetId = newId();
    await db.insert(asset).values({ id: assetId, name: 'Tripod', barcode: 'KD-1', qrCode: 'KD-1' });
    expect(await db.select().from(credential).where(eq(credential.ownerId, assetId))).toEqual([
      { code: 'KD-1', ownerKind: 'asset', ownerId: assetId },
    ]);
    await expect(db.insert(asset).values({ id: newId(), name: 'Mic', rfid: '0013961168' })).rejects.toThrow();
    await db.update(person).set({ rfid: '0099' }).where(eq(person.id, personId));
    await db.insert(asset).values({ id: newId(), name: 'Mic', rfid: '0013961168' });
    const codes = await db.select().from(credential).where(eq(credential.ownerId, personId));
    expect(codes.map((c) => c.code).sort()).toEqual(['0099', 'P-1']);
  });

  it('numbers changes in commit order and keeps only the latest change of each row', async () => {
    const { db } = database;
    const before = await maxSeq(database);
    const id = newId();
    await db.insert(asset).values({ id, name: 'Zoom H5' });
    await db.update(asset).set({ name: 'Zoom H6' }).where(eq(asset.id, id));
    const rows = await db.select().from(changeLog).where(eq(changeLog.rowId, id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tableName: 'asset', op: 'upsert' });
    expect(rows[0]!.seq).toBeGreaterThan(before + 1);
    await db.delete(asset).where(eq(asset.id, id));
    const [gone] = await db.select().from(changeLog).where(eq(changeLog.rowId, id));
    expect(gone?.op).toBe('delete');
  });

  it('seals audit entries into a hash chain at commit and refuses to change them', async () => {
    const { db } = database;
    const ids = [newId(), newId()];
    await db.transaction(async (tx) => {
      for (const id of ids) {
        await tx.insert(auditPending).values({
          id,
          actorKind: 'system',
          action: 'test.entry',
          entityType: 'test',
          description: `entry ${id}`,
          after: { n: 1, nested: { b: 2, a: 1 } },
        });
      }
    });
    expect(await db.select().from(auditPending)).toEqual([]);
    const entries = await db.select().from(auditEntry).orderBy(auditEntry.seq);
    const mine = entries.filter((e) => ids.includes(e.id));
    expect(mine).toHaveLength(2);
    expect(mine[1]!.prevHash).toBe(mine[0]!.hash);
    expect(mine[1]!.seq).toBe(mine[0]!.seq + 1);
    await expect(db.update(auditEntry).set({ description: 'edited' })).rejects.toThrow();
    await expect(db.delete(auditEntry)).rejects.toThrow();
    await expect(db.execute(sql`TRUNCATE audit_entry`)).rejects.toThrow();
  });
});

async function maxSeq(database: TestDatabase): Promise<number> {
  const [row] = await database.db.select({ max: sql<string | null>`max(${changeLog.seq})` }).from(changeLog);
  return Number(row?.max ?? 0);
}
