import { and, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../domain/api-error.js';
import { CheckoutResponse, RefusalDetails } from '../../domain/api/lending.js';
import { allocation, allocationItemLine, auditEntry } from '../db/schema/index.js';
import { startServer, type RunningServer } from '../server.js';
import { caller, type Caller } from '../testing/http.js';
import { makeCatalogue, type Catalogue } from '../testing/test-catalogue.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../testing/test-databases.js';
import { signedInCast, type SignedIn } from '../testing/test-people.js';
import { testSettings } from '../testing/test-settings.js';

const CONTENDERS = 20;
const LOANS = 8;

describe.each(databaseKinds)('simultaneous returns on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let cast: { staff: SignedIn };
  let staff: Caller;
  let c: Catalogue;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startServer({ db: database, settings: testSettings() });
    cast = await signedInCast(server.app, database.db);
    staff = caller(server.app, cast.staff.auth);
    c = await makeCatalogue(staff);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  /** Over a real socket, so the requests run at once on their own connections. */
  const giveBack = (body: object) =>
    fetch(`${server.url}/returns`, {
      method: 'POST',
      headers: { ...cast.staff.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ locationId: c.shed.id, ...body }),
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as unknown }));

  /** A loan of a camera and a whole kit, whose kit came back without its windshield. */
  async function loanWithWindshieldLeftOut(n: number) {
    const pupil = await c.person(`Pupil ${n}`);
    const camera = await c.asset(`Camera ${n}`);
    const { members, items } = await c.kit(`Sound kit ${n}`, ['Recorder'], ['Windshield', 'XLR cable']);
    const loan = CheckoutResponse.parse(
      (
        await staff.post('/loans', {
          borrower: { personId: pupil.id },
          items: [camera, ...members].map((a) => ({ assetId: a.id })),
          confirmedGroupItemIds: items.map((i) => i.id),
        })
      ).json(),
    );
    const part = await staff.post('/returns', {
      locationId: c.shed.id,
      items: members.map((m) => ({ assetId: m.id })),
      confirmedGroupItemIds: [items[1]!.id],
      partial: true,
    });
    expect(part.statusCode).toBe(200);
    return { camera, windshield: items[0]!, allocationId: loan.allocation.id };
  }

  it(`${CONTENDERS} desks taking back one left-behind accessory return it once`, async () => {
    const { camera, windshield, allocationId } = await loanWithWindshieldLeftOut(0);
    const cameraBack = await staff.post('/returns', {
      locationId: c.shed.id,
      items: [{ assetId: camera.id }],
    });
    expect(cameraBack.statusCode).toBe(200);
    const answers = await Promise.all(
      Array.from({ length: CONTENDERS }, () =>
        giveBack({ items: [], confirmedGroupItemIds: [windshield.id] }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    for (const r of answers.filter((a) => a.status !== 200)) {
      expect(r.status).toBe(422);
      const details = RefusalDetails.parse(ApiErrorBody.parse(r.body).error.details);
      expect(details.refusals.map((x) => x.code)).toEqual(['accessory_not_on_loan']);
    }
    const audited = await database.db
      .select()
      .from(auditEntry)
      .where(and(eq(auditEntry.entityId, allocationId), eq(auditEntry.action, 'loan.return')));
    expect(audited.map((a) => a.description)).toContain('Pupil 0 returned Windshield. The loan is complete.');
    expect(audited.filter((a) => a.description.includes('Windshield'))).toHaveLength(1);
    const lines = await database.db
      .select()
      .from(allocationItemLine)
      .where(eq(allocationItemLine.groupItemId, windshield.id));
    expect(lines.map((l) => l.returnedAt === null)).toEqual([false]);
  });

  it('two desks taking back the last parts of one loan at once close it', async () => {
    const loans = [];
    for (let n = 1; n <= LOANS; n++) loans.push(await loanWithWindshieldLeftOut(n));
    const answers = await Promise.all(
      loans.flatMap((l) => [
        giveBack({ items: [{ assetId: l.camera.id }] }),
        giveBack({ items: [], confirmedGroupItemIds: [l.windshield.id] }),
      ]),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const stillOpen = await database.db
      .select({ id: allocation.id })
      .from(allocation)
      .where(
        and(
          inArray(
            allocation.id,
            loans.map((l) => l.allocationId),
          ),
          isNull(allocation.returnedAt),
        ),
      );
    expect(stillOpen).toEqual([]);
  });
});
