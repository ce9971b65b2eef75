import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryPage } from '../../domain/api/audit.js';
import { CheckoutResponse, RefusalDetails, ReturnResponse } from '../../domain/api/lending.js';
import { ApiErrorBody } from '../../domain/api-error.js';
import { AssetsPage, AssetWithLoan } from '../../domain/api/assets.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { caller, UNKNOWN_ID, type Caller } from '../testing/http.js';
import { makeCatalogue, type Catalogue } from '../testing/test-catalogue.js';
import { signedInCast, type SignedIn } from '../testing/test-people.js';

const HOUR = 3_600_000;

describe.each(databaseKinds)('lending at the desk on %s', (kind) => {
  let t: TestApp;
  let cast: { admin: SignedIn; staff: SignedIn; borrower: SignedIn };
  let staff: Caller;
  let c: Catalogue;
  let clockOffset = 0;
  beforeAll(async () => {
    // Tokens outlive the clock jumps below, which are about loans falling overdue, not sessions.
    t = await startTestApp(kind, {
      now: () => new Date(Date.now() + clockOffset),
      settings: { accessTokenTtlSeconds: 7 * 86_400 },
    });
    cast = await signedInCast(t.app, t.database.db);
    staff = caller(t.app, cast.staff.auth);
    c = await makeCatalogue(staff);
  });
  afterAll(async () => {
    await t?.close();
  });

  const lend = (body: object) => staff.post('/loans', body);
  const giveBack = (body: object) => staff.post('/returns', { locationId: c.shed.id, ...body });
  const idsWithStatus = async (status: string) =>
    AssetsPage.parse((await staff.get(`/assets?status=${status}&pageSize=200`)).json()).items.map(
      (a) => a.id,
    );
  const refusalCodes = (res: { json(): unknown }) => {
    const body = ApiErrorBody.parse(res.json());
    expect(body.error.code).toBe('refused_by_rules');
    return RefusalDetails.parse(body.error.details)
      .refusals.map((r) => r.code)
      .sort();
  };

  it('lends by card and label: the asset goes with the borrower, due after its type’s loan period', async () => {
    const pupil = await c.person('Amira Khan');
    const camera = await c.asset('Canon EOS R50', { assetTypeId: c.cameras.id });
    const res = await lend({ borrower: { credential: pupil.rfid }, items: [{ code: camera.barcode }] });
    expect(res.statusCode).toBe(201);
    const loan = CheckoutResponse.parse(res.json());
    expect(loan.allocation).toMatchObject({
      personId: pupil.id,
      kioskId: null,
      returnedAt: null,
      overrideById: null,
    });
    expect(Date.parse(loan.allocation.dueAt) - Date.parse(loan.allocation.outAt)).toBe(72 * HOUR);
    expect(loan.assetLines.map((l) => l.assetId)).toEqual([camera.id]);
    const now = AssetWithLoan.parse((await staff.get(`/assets/${camera.id}`)).json());
    expect(now).toMatchObject({ allocationId: loan.allocation.id, locationId: null });
    expect(await idsWithStatus('on_loan')).toContain(camera.id);
    expect(await idsWithStatus('available')).not.toContain(camera.id);
    const dispose = { date: '2026-01-05', reason: 'Lens cracked', disposalTypeId: c.recycle.id };
    expect((await staff.post(`/assets/${camera.id}/dispose`, dispose)).statusCode).toBe(409);
    const history = HistoryPage.parse((await staff.get(`/people/${pupil.id}/history`)).json());
    expect(history.items[0]).toMatchObject({ action: 'loan.checkout', actorId: cast.staff.id });
  });

  it('takes it back to the desk’s location, flags it away from home and closes the loan', async () => {
    const pupil = await c.person('Ben Ode');
    const mic = await c.asset('Rode NTG', {});
    const { allocation } = CheckoutResponse.parse(
      (await lend({ borrower: { personId: pupil.id }, items: [{ assetId: mic.id }] })).json(),
    );
    const res = await giveBack({
      items: [{ code: mic.rfid, conditionNote: 'Foam cover torn' }],
      locationId: c.studio.id,
    });
    expect(res.statusCode).toBe(200);
    const back = ReturnResponse.parse(res.json());
    expect(back.returned).toEqual([
      expect.objectContaining({
        assetId: mic.id,
        personId: pupil.id,
        locationId: c.studio.id,
        awayFromHome: true,
        daysLate: 0,
      }),
    ]);
    expect(back.closedAllocationIds).toEqual([allocation.id]);
    expect(AssetWithLoan.parse((await staff.get(`/assets/${mic.id}`)).json())).toMatchObject({
      allocationId: null,
      locationId: c.studio.id,
    });
    expect(await idsWithStatus('available')).toContain(mic.id);
    expect(await idsWithStatus('on_loan')).not.toContain(mic.id);
    const again = await giveBack({ items: [{ assetId: mic.id }] });
    expect(again.statusCode).toBe(422);
    expect(refusalCodes(again)).toEqual(['asset_not_on_loan']);
  });

  it('refuses with every reason that applies, and writes nothing', async () => {
    const barred = await c.person('Barred', { lend: false });
    const disposed = await c.asset('Broken tripod');
    await staff.post(`/assets/${disposed.id}/dispose`, {
      date: '2026-01-05',
      reason: 'Leg snapped',
      disposalTypeId: c.recycle.id,
    });
    const fixed = await c.asset('Studio monitor', { cannotLend: true });
    const res = await lend({
      borrower: { personId: barred.id },
      items: [{ assetId: disposed.id }, { assetId: fixed.id }, { code: 'NOT-A-LABEL' }],
    });
    expect(res.statusCode).toBe(422);
    expect(refusalCodes(res)).toEqual([
      'asset_cannot_lend',
      'asset_disposed',
      'asset_unknown',
      'borrower_may_not_borrow',
    ]);
    expect(AssetWithLoan.parse((await staff.get(`/assets/${fixed.id}`)).json()).allocationId).toBeNull();
  });

  it('refuses an unknown card, an empty basket and something already on loan', async () => {
    expect(refusalCodes(await lend({ borrower: { credential: 'NOBODY' }, items: [] }))).toEqual([
      'basket_empty',
      'credential_unknown',
    ]);
    const [a, b] = [await c.person('A'), await c.person('B')];
    const laptop = await c.asset('MacBook');
    expect((await lend({ borrower: { personId: a.id }, items: [{ assetId: laptop.id }] })).statusCode).toBe(
      201,
    );
    const clash = await lend({ borrower: { personId: b.id }, items: [{ assetId: laptop.id }] });
    expect(refusalCodes(clash)).toEqual(['asset_on_loan']);
    expect(RefusalDetails.parse(clash.json().error.details).refusals[0]?.facts).toMatchObject({
      toThisBorrower: false,
    });
  });

  it('refuses a borrower with overdue items until they come back', async () => {
    const pupil = await c.person('Late Larry');
    const camera = await c.asset('GoPro', { assetTypeId: c.cameras.id });
    await lend({ borrower: { personId: pupil.id }, items: [{ assetId: camera.id }] });
    clockOffset = 73 * HOUR;
    try {
      const next = await c.asset('Tripod');
      const refused = await lend({ borrower: { personId: pupil.id }, items: [{ assetId: next.id }] });
      expect(refusalCodes(refused)).toEqual(['borrower_has_overdue']);
      const back = ReturnResponse.parse((await giveBack({ items: [{ assetId: camera.id }] })).json());
      expect(back.returned[0]).toMatchObject({ daysLate: 1, awayFromHome: false });
      expect(
        (await lend({ borrower: { personId: pupil.id }, items: [{ assetId: next.id }] })).statusCode,
      ).toBe(201);
    } finally {
      clockOffset = 0;
    }
  });

  it('a member of staff overrides what may be overridden, and the override is audited', async () => {
    const barred = await c.person('Override Olly', { lend: false });
    const light = await c.asset('Aputure 60x');
    const refused = await lend({
      borrower: { personId: barred.id },
      items: [{ assetId: light.id }],
      overrideReason: 'ok',
    });
    expect(refused.statusCode).toBe(400);
    const res = await lend({
      borrower: { personId: barred.id },
      items: [{ assetId: light.id }],
      overrideReason: 'Year 13 exam shoot, approved by HoD',
    });
    expect(res.statusCode).toBe(201);
    const loan = CheckoutResponse.parse(res.json());
    expect(loan.allocation).toMatchObject({
      overrideById: cast.staff.id,
      overrideReason: 'Year 13 exam shoot, approved by HoD',
    });
    expect(loan.notices.map((n) => n.code)).toEqual(['staff_override']);
    const history = HistoryPage.parse((await staff.get(`/people/${barred.id}/history`)).json());
    expect(history.items.map((e) => e.action)).toContain('loan.override');
  });

  it('kits go out whole with their accessories and may come back in part', async () => {
    const pupil = await c.person('Kit Kat');
    const { members, items } = await c.kit(
      'LS 300D kit',
      ['LS 300D light', 'Yoke'],
      ['Reflector', 'Power cable'],
    );
    const partial = await lend({
      borrower: { personId: pupil.id },
      items: [{ assetId: members[0]!.id }],
      confirmedGroupItemIds: [items[0]!.id],
    });
    expect(refusalCodes(partial)).toEqual(['kit_incomplete']);
    const details = RefusalDetails.parse(partial.json().error.details);
    expect(details.kits[0]).toMatchObject({
      missingAssets: [{ name: 'Yoke' }],
      unconfirmedItems: [{ name: 'Power cable' }],
    });

    const whole = CheckoutResponse.parse(
      (
        await lend({
          borrower: { personId: pupil.id },
          items: members.map((m) => ({ assetId: m.id })),
          confirmedGroupItemIds: items.map((i) => i.id),
        })
      ).json(),
    );
    expect(whole.itemLines.map((l) => l.groupItemId).sort()).toEqual(items.map((i) => i.id).sort());

    const incomplete = await giveBack({ items: [{ assetId: members[0]!.id }] });
    expect(refusalCodes(incomplete)).toEqual(['kit_incomplete']);
    const part = ReturnResponse.parse(
      (
        await giveBack({
          items: [{ assetId: members[0]!.id }],
          confirmedGroupItemIds: [items[0]!.id],
          partial: true,
        })
      ).json(),
    );
    expect(part.notices.map((n) => n.code)).toEqual(['partial_return']);
    expect(part.closedAllocationIds).toEqual([]);
    const rest = ReturnResponse.parse(
      (
        await giveBack({ items: [{ assetId: members[1]!.id }], confirmedGroupItemIds: [items[1]!.id] })
      ).json(),
    );
    expect(rest.returnedGroupItemIds).toEqual([items[1]!.id]);
    expect(rest.closedAllocationIds).toEqual([whole.allocation.id]);
  });

  it('validates requests', async () => {
    expect((await lend({ items: [] })).statusCode).toBe(400);
    expect((await lend({ borrower: { personId: 'x' }, items: [] })).statusCode).toBe(400);
    expect((await staff.post('/returns', { items: [] })).statusCode).toBe(400);
    expect((await giveBack({ items: [{ assetId: UNKNOWN_ID }], partial: 'yes' })).statusCode).toBe(400);
  });

  it('is for staff: borrowers and strangers may not lend', async () => {
    const body = { borrower: { personId: cast.borrower.id }, items: [] };
    expect((await caller(t.app, cast.borrower.auth).post('/loans', body)).statusCode).toBe(403);
    expect((await caller(t.app).post('/loans', body)).statusCode).toBe(401);
    expect(
      (await caller(t.app, cast.borrower.auth).post('/returns', { items: [], locationId: UNKNOWN_ID }))
        .statusCode,
    ).toBe(403);
  });
});
