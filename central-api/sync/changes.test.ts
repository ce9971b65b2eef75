import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesPage, type Change } from '../../domain/sync/changes.js';
import { GroupItem } from '../../domain/model/kit.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { caller, type Caller } from '../testing/http.js';
import { makeCatalogue, type Catalogue } from '../testing/test-catalogue.js';
import { enrolKiosk } from '../testing/test-kiosk.js';
import { signedInCast, type SignedIn } from '../testing/test-people.js';

describe.each(databaseKinds)('GET /sync/changes on %s', (kind) => {
  let t: TestApp;
  let cast: { admin: SignedIn; staff: SignedIn; borrower: SignedIn };
  let staff: Caller;
  let kiosk: Caller;
  let c: Catalogue;
  beforeAll(async () => {
    t = await startTestApp(kind);
    cast = await signedInCast(t.app, t.database.db);
    staff = caller(t.app, cast.staff.auth);
    kiosk = caller(t.app, (await enrolKiosk(t.app, cast.admin.auth, 'Library kiosk')).auth);
    c = await makeCatalogue(staff);
  });
  afterAll(async () => {
    await t?.close();
  });

  const page = async (after: number, limit: number, who = kiosk) => {
    const res = await who.get(`/sync/changes?after=${after}&limit=${limit}`);
    expect(res.statusCode).toBe(200);
    return ChangesPage.parse(res.json());
  };

  /** Everything after `from`, page by page, as a kiosk pulls it. */
  const pullAll = async (from: number, limit: number) => {
    const changes: Change[] = [];
    let cursor = from;
    for (;;) {
      const p = await page(cursor, limit);
      changes.push(...p.changes);
      expect(p.cursor).toBe(p.changes.at(-1)?.seq ?? cursor);
      cursor = p.cursor;
      if (p.remaining === 0) return { changes, cursor };
      expect(p.changes).toHaveLength(limit);
    }
  };

  it('pages through every mirrored row in change order, with the policy', async () => {
    const first = await page(0, 3);
    expect(first.changes).toHaveLength(3);
    expect(first.remaining).toBeGreaterThan(0);
    expect(first.policy.loanPeriodHoursByAssetType[c.cameras.id]).toBe(72);
    const { changes } = await pullAll(0, 4);
    const seqs = changes.map((ch) => ch.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    const tables = new Set(changes.map((ch) => ch.table));
    for (const table of ['person', 'location', 'assetType', 'disposalType']) expect(tables).toContain(table);
  });

  it('gives kiosks people without email or sign-in data', async () => {
    const { changes } = await pullAll(0, 1000);
    const people = changes.filter((ch) => ch.table === 'person' && ch.op === 'upsert');
    expect(people.length).toBeGreaterThanOrEqual(3);
    for (const p of people) {
      expect(p.op === 'upsert' && Object.keys(p.row).sort()).toEqual([
        'barcode',
        'department',
        'id',
        'isAdmin',
        'lend',
        'name',
        'rfid',
        'school',
        'staff',
        'staffPinHash',
      ]);
    }
  });

  it('after the cursor comes only what changed since, including tombstones', async () => {
    const { cursor } = await pullAll(0, 1000);
    expect((await page(cursor, 10)).changes).toEqual([]);
    const { group, items } = await c.kit('Sound kit', ['Zoom H5'], ['Windshield', 'Cable']);
    await staff.patch(`/group-items/${items[0]!.id}`, { name: 'Dead cat' });
    await staff.delete(`/group-items/${items[1]!.id}`);
    const { changes } = await pullAll(cursor, 2);
    const summary = changes.map(
      (ch) =>
        `${ch.table}:${ch.op}:${ch.id === group.id ? 'kit' : ch.id === items[1]!.id ? 'cable' : ch.id === items[0]!.id ? 'cat' : 'asset'}`,
    );
    expect(summary).toEqual([
      'group:upsert:kit',
      'asset:upsert:asset',
      'groupItem:upsert:cat',
      'groupItem:delete:cable',
    ]);
    const renamed = changes.find((ch) => ch.id === items[0]!.id);
    expect(renamed?.op === 'upsert' && GroupItem.parse(renamed.row).name).toBe('Dead cat');
  });

  it('is for kiosks and admins, with a valid cursor', async () => {
    expect((await staff.get('/sync/changes')).statusCode).toBe(403);
    expect((await caller(t.app).get('/sync/changes')).statusCode).toBe(401);
    expect((await page(0, 1, caller(t.app, cast.admin.auth))).changes).toHaveLength(1);
    expect((await kiosk.get('/sync/changes?after=-1')).statusCode).toBe(400);
    expect((await kiosk.get('/sync/changes?limit=0')).statusCode).toBe(400);
  });
});
