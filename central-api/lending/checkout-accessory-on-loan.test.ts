import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckoutResponse, RefusalDetails } from '../../domain/api/lending.js';
import { ApiErrorBody } from '../../domain/api-error.js';
import { newId } from '../../domain/ids.js';
import { PushResponse } from '../../domain/sync/events.js';
import { allocationItemLine } from '../db/schema/index.js';
import { startServer, type RunningServer } from '../server.js';
import { caller, type Caller } from '../testing/http.js';
import { makeCatalogue, type Catalogue } from '../testing/test-catalogue.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../testing/test-databases.js';
import { enrolKiosk, outbox } from '../testing/test-kiosk.js';
import { signedInCast, type SignedIn } from '../testing/test-people.js';
import { testSettings } from '../testing/test-settings.js';

describe.each(databaseKinds)('a kit lent again while an accessory is still out, on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let cast: { admin: SignedIn; staff: SignedIn };
  let staff: Caller;
  let kioskAuth: Record<string, string>;
  let c: Catalogue;
  const event = outbox();
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startServer({ db: database, settings: testSettings() });
    cast = await signedInCast(server.app, database.db);
    staff = caller(server.app, cast.staff.auth);
    c = await makeCatalogue(staff);
    kioskAuth = (await enrolKiosk(server.app, cast.admin.auth, 'Studio kiosk', c.studio.id)).auth;
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  /** Over a real socket, as the staff desk and the kiosks reach the API. */
  const post = async (path: string, auth: Record<string, string>, body: object) => {
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as unknown };
  };
  const lend = (body: object) => post('/loans', cast.staff.auth, body);
  const openLinesOf = (groupItemId: string) =>
    database.db
      .select({ allocationId: allocationItemLine.allocationId })
      .from(allocationItemLine)
      .where(and(eq(allocationItemLine.groupItemId, groupItemId), isNull(allocationItemLine.returnedAt)));

  /** A light kit lent whole to Jamie, who brought it back without the reflector. */
  async function reflectorLeftWithJamie(tag: string) {
    const jamie = await c.person(`Jamie Ellis ${tag}`);
    const { group, members, items } = await c.kit(
      `Aperture LS 300D ${tag}`,
      ['Light', 'Yoke'],
      ['Power cable', 'Reflector'],
    );
    const [cable, reflector] = items as [(typeof items)[0], (typeof items)[0]];
    const first = await lend({
      borrower: { personId: jamie.id },
      items: members.map((m) => ({ assetId: m.id })),
      confirmedGroupItemIds: [cable.id, reflector.id],
    });
    expect(first.status).toBe(201);
    const jamiesLoan = CheckoutResponse.parse(first.body).allocation.id;
    const part = await staff.post('/returns', {
      locationId: c.shed.id,
      items: members.map((m) => ({ assetId: m.id })),
      confirmedGroupItemIds: [cable.id],
      partial: true,
    });
    expect(part.statusCode).toBe(200);
    return { group, members, cable, reflector, jamiesLoan };
  }

  it('refuses a checklist that ticks the accessory still out, naming it, and writes nothing', async () => {
    const { group, members, cable, reflector, jamiesLoan } = await reflectorLeftWithJamie('A');
    const priya = await c.person('Priya Nair');
    const res = await lend({
      borrower: { personId: priya.id },
      items: members.map((m) => ({ assetId: m.id })),
      confirmedGroupItemIds: [cable.id, reflector.id],
    });
    expect(res.status).toBe(422);
    const error = ApiErrorBody.parse(res.body).error;
    expect(error.code).toBe('refused_by_rules');
    const details = RefusalDetails.parse(error.details);
    expect(details.refusals.map((r) => r.facts)).toEqual([
      {
        code: 'accessory_on_loan',
        accessory: { id: reflector.id, name: 'Reflector' },
        kit: { id: group.id, name: group.name },
        toThisBorrower: false,
      },
    ]);
    expect(details.refusals[0]?.message).toBe(
      `The Reflector of the ${group.name} kit is still out on another loan, so it can’t go out with the kit: untick it.`,
    );
    expect(details.kits[0]?.itemsOnLoan).toEqual([
      { id: reflector.id, name: 'Reflector', toThisBorrower: false },
    ]);
    expect(await openLinesOf(reflector.id)).toEqual([{ allocationId: jamiesLoan }]);
  });

  it('lends the kit without the accessory still out: it is not asked for and stays on the first loan', async () => {
    const { members, cable, reflector, jamiesLoan } = await reflectorLeftWithJamie('B');
    const priya = await c.person('Priya Shah');
    const res = await lend({
      borrower: { personId: priya.id },
      items: members.map((m) => ({ assetId: m.id })),
      confirmedGroupItemIds: [cable.id],
    });
    expect(res.status).toBe(201);
    const loan = CheckoutResponse.parse(res.body);
    expect(loan.itemLines.map((l) => l.groupItemId)).toEqual([cable.id]);
    expect(await openLinesOf(reflector.id)).toEqual([{ allocationId: jamiesLoan }]);
  });

  it('rejects a kiosk event that ticked it with the rule’s reason, not a database conflict', async () => {
    const { members, cable, reflector } = await reflectorLeftWithJamie('C');
    const priya = await c.person('Priya Das');
    const res = await post('/sync/events', kioskAuth, {
      events: [
        event({
          type: 'checkout',
          allocationId: newId(),
          personId: priya.id,
          assetIds: members.map((m) => m.id),
          groupItemIds: [cable.id, reflector.id],
          dueAt: new Date(Date.now() + 86_400_000).toISOString(),
          staff: null,
        }),
      ],
    });
    expect(res.status).toBe(200);
    const [result] = PushResponse.parse(res.body).results;
    expect(result?.status).toBe('rejected');
    expect(result?.status === 'rejected' && result.reasons.map((r) => r.code)).toEqual(['accessory_on_loan']);
  });
});
