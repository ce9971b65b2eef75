import { and, count, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocation, allocationAssetLine, asset, assetGroup, groupItem, person } from '../db/schema/index.js';
import { verifyAuditChain } from '../audit/audit.service.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../testing/test-databases.js';
import { demoSchool } from './demo-school.js';
import { seedDemoSchool } from './seed-demo.js';

describe.each(databaseKinds)('the demo school on %s', (kind) => {
  let database: TestDatabase;
  const now = new Date('2026-11-24T09:00:00Z');
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  const countOf = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;

  it('loads two schools of people with cards, assets, kits and loans, some overdue', async () => {
    const summary = await seedDemoSchool(database.db, now);
    expect(summary).toEqual({ people: 300, assets: 499, kits: 30, loans: 60 });
    const { db } = database;
    const schools = await db.selectDistinct({ school: person.school }).from(person);
    expect(schools.map((s) => s.school).sort()).toEqual(['Belmont', 'Walker House']);
    expect(await countOf(db.select({ n: count() }).from(person).where(isNull(person.rfid)))).toBe(0);
    expect(await countOf(db.select({ n: count() }).from(assetGroup))).toBe(30);
    expect(await countOf(db.select({ n: count() }).from(groupItem))).toBeGreaterThanOrEqual(60);
    expect(await countOf(db.select({ n: count() }).from(asset).where(isNotNull(asset.disposalDate)))).toBe(8);
    expect(await countOf(db.select({ n: count() }).from(asset).where(eq(asset.cannotLend, true)))).toBe(10);
    const overdue = db
      .select({ n: count() })
      .from(allocation)
      .where(and(isNull(allocation.returnedAt), lt(allocation.dueAt, now)));
    expect(await countOf(overdue)).toBe(12);
    expect(
      await countOf(db.select({ n: count() }).from(allocation).where(isNotNull(allocation.returnedAt))),
    ).toBe(15);
    expect(
      await countOf(
        db.select({ n: count() }).from(allocationAssetLine).where(isNull(allocationAssetLine.returnedAt)),
      ),
    ).toBeGreaterThan(45);
    expect((await verifyAuditChain(db)).intact).toBe(true);
  });

  it('does nothing to a database that already has a catalogue', async () => {
    expect(await seedDemoSchool(database.db, now)).toBe('skipped');
  });

  it('is the same school every time', () => {
    expect(demoSchool(now)).toEqual(demoSchool(now));
  });
});
