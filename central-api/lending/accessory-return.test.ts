import { max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryPage } from '../../domain/api/audit.js';
import { CheckoutResponse, RefusalDetails, ReturnResponse } from '../../domain/api/lending.js';
import { MissingAccessoriesReport } from '../../domain/api/reports.js';
import { ApiErrorBody } from '../../domain/api-error.js';
import { ChangesPage } from '../../domain/sync/changes.js';
import { changeLog } from '../db/schema/index.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { caller, UNKNOWN_ID, type Caller } from '../testing/http.js';
import { makeCatalogue, type Catalogue } from '../testing/test-catalogue.js';
import { enrolKiosk } from '../testing/test-kiosk.js';
import { signedInCast, type SignedIn } from '../testing/test-people.js';

describe.each(databaseKinds)('accessories returned on their own at the desk on %s', (kind) => {
  let t: TestApp;
  let cast: { admin: SignedIn; staff: SignedIn };
  let staff: Caller;
  let kiosk: Caller;
  let c: Catalogue;
  beforeAll(async () => {
    t = await startTestApp(kind);
    cast = await signedInCast(t.app, t.database.db);
    staff = caller(t.app, cast.staff.auth);
    c = await makeCatalogue(staff);
    kiosk = caller(t.app, (await enrolKiosk(t.app, cast.admin.auth, 'Desk kiosk', c.shed.id)).auth);
  });
  afterAll(async () => {
    await t?.close();
  });

  const giveBack = (body: object) => staff.post('/returns', { locationId: c.shed.id, ...body });
  const refusals = (res: { statusCode: number; json(): unknown }) => {
    expect(res.statusCode).toBe(422);
    const body = ApiErrorBody.parse(res.json());
    expect(body.error.code).toBe('refused_by_rules');
    return RefusalDetails.parse(body.error.details).refusals;
  };
  const latestChange = async () => {
    const [latest] = await t.database.db.select({ seq: max(changeLog.seq) }).from(changeLog);
    return latest?.seq ?? 0;
  };

  /** A sound kit lent whole, then brought back without `leftOut` accessories in a partial return. */
  async function kitWithAccessoriesLeftOut(borrower: string, leftOut: number[]) {
    const pupil = await c.person(borrower);
    const { group, members, items } = await c.kit(
      `Zoom H5 sound (${borrower})`,
      ['Recorder', 'Mic'],
      ['Windshield', 'XLR cable'],
    );
    const loan = CheckoutResponse.parse(
      (
        await staff.post('/loans', {
          borrower: { personId: pupil.id },
          items: members.map((m) => ({ assetId: m.id })),
          confirmedGroupItemIds: items.map((i) => i.id),
        })
      ).json(),
    );
    const part = await giveBack({
      items: members.map((m) => ({ assetId: m.id })),
      confirmedGroupItemIds: items.filter((_, i) => !leftOut.includes(i)).map((i) => i.id),
      partial: true,
    });
    expect(part.statusCode).toBe(200);
    return { pupil, group, items, allocationId: loan.allocation.id };
  }

  it('takes back a left-behind accessory with nothing scanned, closes the loan, audits it and tells kiosks', async () => {
    const { pupil, items, allocationId } = await kitWithAccessoriesLeftOut('Jamie Ellis', [0]);
    const [windshield] = items;
    const missing = async () =>
      MissingAccessoriesReport.parse((await staff.get('/reports/missing-accessories')).json()).kits.filter(
        (k) => k.allocationId === allocationId,
      );
    expect((await missing()).map((k) => k.missing.map((m) => m.name))).toEqual([['Windshield']]);
    const before = await latestChange();

    const res = await giveBack({ items: [], confirmedGroupItemIds: [windshield!.id] });
    expect(res.statusCode).toBe(200);
    expect(ReturnResponse.parse(res.json())).toEqual({
      returned: [],
      returnedGroupItemIds: [windshield!.id],
      closedAllocationIds: [allocationId],
      notices: [],
    });
    expect(await missing()).toEqual([]);

    const history = HistoryPage.parse((await staff.get(`/people/${pupil.id}/history`)).json());
    expect(history.items[0]).toMatchObject({
      action: 'loan.return',
      entityId: allocationId,
      actorId: cast.staff.id,
      description: 'Jamie Ellis returned Windshield. The loan is complete.',
    });

    const page = ChangesPage.parse((await kiosk.get(`/sync/changes?after=${before}&limit=100`)).json());
    const rows = page.changes.flatMap((ch) => (ch.op === 'upsert' ? [ch] : []));
    expect(rows.find((ch) => ch.table === 'allocation' && ch.id === allocationId)?.row).toMatchObject({
      returnedAt: expect.any(String),
    });
    expect(
      rows.find(
        (ch) =>
          ch.table === 'allocationItemLine' &&
          'groupItemId' in ch.row &&
          ch.row.groupItemId === windshield!.id,
      )?.row,
    ).toMatchObject({ allocationId, returnedAt: expect.any(String) });

    const again = refusals(await giveBack({ items: [], confirmedGroupItemIds: [windshield!.id] }));
    expect(again.map((r) => r.code)).toEqual(['accessory_not_on_loan']);
  });

  it('refuses an empty return, an accessory that is not out and one that names nothing, writing nothing', async () => {
    const { pupil, group, items } = await kitWithAccessoriesLeftOut('Sam Hale', [1]);
    const [back, out] = items;
    const historyBefore = HistoryPage.parse((await staff.get(`/people/${pupil.id}/history`)).json()).items;

    expect(refusals(await giveBack({ items: [] })).map((r) => r.code)).toEqual(['basket_empty']);
    const notOut = refusals(await giveBack({ items: [], confirmedGroupItemIds: [back!.id, out!.id] }));
    expect(notOut.map((r) => r.facts)).toEqual([
      {
        code: 'accessory_not_on_loan',
        accessory: { id: back!.id, name: 'Windshield' },
        kit: { id: group.id, name: group.name },
      },
    ]);
    expect(notOut[0]?.message).toBe(
      `The Windshield of the ${group.name} kit is not on loan, so there is nothing to return: untick it.`,
    );
    expect(
      refusals(await giveBack({ items: [], confirmedGroupItemIds: [UNKNOWN_ID] })).map((r) => r.code),
    ).toEqual(['accessory_unknown']);

    expect(HistoryPage.parse((await staff.get(`/people/${pupil.id}/history`)).json()).items).toEqual(
      historyBefore,
    );
    const res = await giveBack({ items: [], confirmedGroupItemIds: [out!.id] });
    expect(ReturnResponse.parse(res.json()).returnedGroupItemIds).toEqual([out!.id]);
  });

  it('asks for the rest of the kit still out, unless staff finish a partial return', async () => {
    const { items, allocationId } = await kitWithAccessoriesLeftOut('Priya Nair', [0, 1]);
    const [windshield, xlr] = items;
    const short = refusals(await giveBack({ items: [], confirmedGroupItemIds: [windshield!.id] }));
    expect(short.map((r) => r.message)).toEqual([
      expect.stringMatching(/kit comes back complete: please tick XLR cable\.$/),
    ]);

    const part = ReturnResponse.parse(
      (await giveBack({ items: [], confirmedGroupItemIds: [windshield!.id], partial: true })).json(),
    );
    expect(part.returnedGroupItemIds).toEqual([windshield!.id]);
    expect(part.closedAllocationIds).toEqual([]);
    expect(part.notices.map((n) => n.facts)).toEqual([
      expect.objectContaining({ code: 'partial_return', stillOut: [{ id: xlr!.id, name: 'XLR cable' }] }),
    ]);
    const rest = ReturnResponse.parse(
      (await giveBack({ items: [], confirmedGroupItemIds: [xlr!.id] })).json(),
    );
    expect(rest.closedAllocationIds).toEqual([allocationId]);
  });
});
