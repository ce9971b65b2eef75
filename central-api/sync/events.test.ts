import { and, count, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids.js';
import { AssetWithLoan } from '../../domain/api/assets.js';
import { PushResponse, type KioskEvent } from '../../domain/sync/events.js';
import { allocation, auditEntry, changeLog } from '../db/schema/index.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { caller, type Caller } from '../testing/http.js';
import { makeCatalogue, type Catalogue } from '../testing/test-catalogue.js';
import { enrolKiosk, outbox, type TestKiosk } from '../testing/test-kiosk.js';
import { signedInCast, type SignedIn } from '../testing/test-people.js';

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

describe.each(databaseKinds)('POST /sync/events on %s', (kind) => {
  let t: TestApp;
  let cast: { admin: SignedIn; staff: SignedIn; borrower: SignedIn };
  let staff: Caller;
  let kioskInfo: TestKiosk;
  let kiosk: Caller;
  let c: Catalogue;
  const event = outbox();
  beforeAll(async () => {
    t = await startTestApp(kind);
    cast = await signedInCast(t.app, t.database.db);
    staff = caller(t.app, cast.staff.auth);
    c = await makeCatalogue(staff);
    kioskInfo = await enrolKiosk(t.app, cast.admin.auth, 'Library kiosk', c.studio.id);
    kiosk = caller(t.app, kioskInfo.auth);
  });
  afterAll(async () => {
    await t?.close();
  });

  const push = async (events: KioskEvent[]) => {
    const res = await kiosk.post('/sync/events', { events });
    expect(res.statusCode).toBe(200);
    return PushResponse.parse(res.json()).results;
  };
  const checkout = (personId: string, assetIds: string[], over: object = {}) =>
    event({
      type: 'checkout',
      allocationId: newId(),
      personId,
      assetIds,
      groupItemIds: [],
      dueAt: inAWeek(),
      staff: null,
      ...over,
    });
  const footprint = async () => {
    const [changes] = await t.database.db.select({ max: sql<string>`max(${changeLog.seq})` }).from(changeLog);
    const [audit] = await t.database.db.select({ n: count() }).from(auditEntry);
    return { latestChange: changes?.max, auditEntries: audit?.n };
  };

  it('applies a batch once: pushing it again changes nothing and answers duplicate', async () => {
    const pupil = await c.person('Amira');
    const [a, b] = [await c.asset('Tripod'), await c.asset('Zoom H5')];
    const lend = checkout(pupil.id, [a.id, b.id]);
    const giveBack = event({
      type: 'return',
      assets: [{ assetId: a.id, conditionNote: 'Leg sticky' }],
      groupItemIds: [],
      partial: false,
      locationId: null,
      staffId: null,
    });
    const batch = [lend, giveBack];
    expect(await push(batch)).toEqual([
      { eventId: lend.eventId, status: 'applied' },
      { eventId: giveBack.eventId, status: 'applied' },
    ]);
    const before = await footprint();
    expect(await push(batch)).toEqual([
      { eventId: lend.eventId, status: 'duplicate' },
      { eventId: giveBack.eventId, status: 'duplicate' },
    ]);
    expect(await footprint()).toEqual(before);
    const tripod = AssetWithLoan.parse((await staff.get(`/assets/${a.id}`)).json());
    expect(tripod).toMatchObject({ allocationId: null, locationId: c.studio.id });
    expect(AssetWithLoan.parse((await staff.get(`/assets/${b.id}`)).json()).allocationId).toBe(
      lend.payload.type === 'checkout' ? lend.payload.allocationId : null,
    );
  });

  it('applies a return of a left-behind accessory alone once, closing the loan, and rejects empty or wrong ones', async () => {
    const pupil = await c.person('Jamie Ellis');
    const { members, items } = await c.kit('Zoom H5 sound', ['Recorder', 'Mic'], ['Windshield', 'XLR cable']);
    const [windshield, xlr] = items;
    const lend = checkout(
      pupil.id,
      members.map((m) => m.id),
      { groupItemIds: items.map((i) => i.id) },
    );
    const giveBack = (assets: string[], groupItemIds: string[], partial = false) =>
      event({
        type: 'return',
        assets: assets.map((assetId) => ({ assetId, conditionNote: null })),
        groupItemIds,
        partial,
        locationId: null,
        staffId: null,
      });
    const part = giveBack(
      members.map((m) => m.id),
      [xlr!.id],
      true,
    );
    expect((await push([lend, part])).map((r) => r.status)).toEqual(['applied', 'applied']);

    const empty = giveBack([], []);
    const notOut = giveBack([], [xlr!.id]);
    const alone = giveBack([], [windshield!.id]);
    const results = await push([empty, notOut, alone]);
    expect(results.map((r) => (r.status === 'rejected' ? r.reasons.map((x) => x.code) : r.status))).toEqual([
      ['basket_empty'],
      ['accessory_not_on_loan'],
      'applied',
    ]);
    const allocationId = lend.payload.type === 'checkout' ? lend.payload.allocationId : '';
    const [loan] = await t.database.db.select().from(allocation).where(eq(allocation.id, allocationId));
    expect(loan?.returnedAt).toEqual(new Date(alone.at));
    const [returned] = await t.database.db
      .select()
      .from(auditEntry)
      .where(and(eq(auditEntry.entityId, allocationId), eq(auditEntry.actorId, kioskInfo.kioskId)))
      .orderBy(desc(auditEntry.seq))
      .limit(1);
    expect(returned).toMatchObject({
      action: 'loan.return',
      description: 'Jamie Ellis returned Windshield. The loan is complete.',
    });

    const before = await footprint();
    expect((await push([alone])).map((r) => r.status)).toEqual(['duplicate']);
    expect(await footprint()).toEqual(before);
  });

  it('two pushes of one batch at the same moment apply each event once', async () => {
    const pupil = await c.person('Twice');
    const assets = [await c.asset('Race A'), await c.asset('Race B'), await c.asset('Race C')];
    const batch = assets.map((a) => checkout(pupil.id, [a.id]));
    const before = await footprint();
    const [first, second] = await Promise.all([push(batch), push(batch)]);
    for (let i = 0; i < batch.length; i++) {
      expect([first![i]!.status, second![i]!.status].sort()).toEqual(['applied', 'duplicate']);
    }
    const [audit] = await t.database.db.select({ n: count() }).from(auditEntry);
    expect((audit?.n ?? 0) - (before.auditEntries ?? 0)).toBe(batch.length);
  });

  it('rejects an invalid event with its reasons and applies the rest of the batch', async () => {
    const pupil = await c.person('Ben');
    const fixed = await c.asset('Studio monitor', { cannotLend: true });
    const [x, y] = [await c.asset('Light A'), await c.asset('Light B')];
    const good1 = checkout(pupil.id, [x.id]);
    const bad = checkout(pupil.id, [fixed.id]);
    const good2 = checkout(pupil.id, [y.id]);
    const results = await push([good1, bad, good2]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied']);
    const rejected = results[1]!;
    expect(rejected.status === 'rejected' && rejected.reasons.map((r) => r.code)).toEqual([
      'asset_cannot_lend',
    ]);
    expect(rejected.status === 'rejected' && rejected.message).toContain('Studio monitor');
    const again = await push([good1, bad, good2]);
    expect(again.map((r) => r.status)).toEqual(['duplicate', 'rejected', 'duplicate']);
    expect(again[1]).toEqual(rejected);
  });

  it('a loan refused because the item is out names the loan that stands: borrower, since when, where', async () => {
    const [deskPupil, kioskPupil, pupil] = [
      await c.person('Dev'),
      await c.person('Kai'),
      await c.person('Lu'),
    ];
    const [atDesk, atKiosk] = [await c.asset('Rode mic'), await c.asset('Zoom F3')];
    const lent = await staff.post('/loans', {
      borrower: { personId: deskPupil.id },
      items: [{ assetId: atDesk.id }],
    });
    expect(lent.statusCode).toBe(201);
    const standing = checkout(kioskPupil.id, [atKiosk.id]);
    const refused = checkout(pupil.id, [atDesk.id, atKiosk.id]);
    const results = await push([standing, refused]);
    const answer = results[1]!;
    expect(answer.status).toBe('rejected');
    const loans = answer.status === 'rejected' ? answer.standing : [];
    expect(
      loans.map((l) => [l.asset.name, l.assetTag, l.borrower.name, l.kiosk?.name ?? null]).sort(),
    ).toEqual([
      ['Rode mic', atDesk.barcode, 'Dev', null],
      ['Zoom F3', atKiosk.barcode, 'Kai', 'Library kiosk'],
    ]);
    const kioskLoan = loans.find((l) => l.asset.id === atKiosk.id)!;
    expect(kioskLoan.allocationId).toBe(
      standing.payload.type === 'checkout' && standing.payload.allocationId,
    );
    expect(kioskLoan.outAt).toBe(standing.at);

    // Asked again after the desk took the mic back, the answer says what stands now.
    const back = await staff.post('/returns', { items: [{ assetId: atDesk.id }], locationId: c.shed.id });
    expect(back.statusCode).toBe(200);
    const again = (await push([refused]))[0]!;
    expect(again.status === 'rejected' && again.standing.map((l) => l.asset.name)).toEqual(['Zoom F3']);
  });

  it('runs the rules at the kiosk’s time: high value needs a staff tap, which the event can carry', async () => {
    const pupil = await c.person('Cara');
    const dear = await c.asset('Sony FX6', { estimatedValuePence: 450_000 });
    const alone = checkout(pupil.id, [dear.id]);
    const approved = checkout(pupil.id, [dear.id], {
      staff: { staffId: cast.staff.id, overrideReason: null },
    });
    const results = await push([alone, approved]);
    expect(results[0]?.status === 'rejected' && results[0].reasons.map((r) => r.code)).toEqual([
      'high_value_needs_staff',
    ]);
    expect(results[1]).toEqual({ eventId: approved.eventId, status: 'applied' });
  });

  it('rejects what the rules could not foresee, such as a loan id already used, without blocking the batch', async () => {
    const pupil = await c.person('Dan');
    const [p, q] = [await c.asset('Mic P'), await c.asset('Mic Q')];
    const first = checkout(pupil.id, [p.id]);
    const reused = checkout(pupil.id, [q.id], {
      allocationId: first.payload.type === 'checkout' ? first.payload.allocationId : newId(),
    });
    const unknownPerson = checkout(newId(), [q.id]);
    const last = checkout(pupil.id, [q.id]);
    const results = await push([first, reused, unknownPerson, last]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'rejected', 'applied']);
    expect(results[1]?.status === 'rejected' && results[1].message).toMatch(/already recorded/);
    expect(results[2]?.status === 'rejected' && results[2].reasons.map((r) => r.code)).toEqual([
      'credential_unknown',
    ]);
  });

  it('only kiosks push, and batches are validated', async () => {
    const one = [checkout(cast.borrower.id, [newId()])];
    expect((await staff.post('/sync/events', { events: one })).statusCode).toBe(403);
    expect((await caller(t.app, cast.admin.auth).post('/sync/events', { events: one })).statusCode).toBe(403);
    expect((await caller(t.app).post('/sync/events', { events: one })).statusCode).toBe(401);
    expect((await kiosk.post('/sync/events', { events: [] })).statusCode).toBe(400);
    expect((await kiosk.post('/sync/events', { events: [{ ...one[0], seq: 0 }] })).statusCode).toBe(400);
    expect(kioskInfo.locationId).toBe(c.studio.id);
  });
});
