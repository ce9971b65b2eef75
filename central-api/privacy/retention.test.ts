import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RetentionRun } from '../../domain/api/privacy.js';
import { auditEntry } from '../db/schema/index.js';
import { caller, type Caller } from '../testing/http.js';
import { makeCatalogue } from '../testing/test-catalogue.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { addPerson, signedInCast } from '../testing/test-people.js';

const NOW = new Date('2026-09-01T09:00:00Z');

describe.each(databaseKinds)('retention on %s', (kind) => {
  let t: TestApp;
  let admin: Caller;
  let ids: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp(kind, { now: () => NOW, settings: { retentionMonths: 12 } });
    const cast = await signedInCast(t.app, t.database.db);
    admin = caller(t.app, cast.admin.auth);
    const staff = caller(t.app, cast.staff.auth);
    const pupil = async (name: string, leftAt: string | null, over: object = {}) =>
      (await addPerson(t.database.db, { name, leftAt, rfid: `RET-${name}`, ...over })).id;
    ids = {
      longGone: await pupil('Long Gone', '2025-08-01'),
      exactlyAYear: await pupil('Exactly A Year', '2025-09-01'),
      notYet: await pupil('Not Yet', '2025-09-02'),
      stillHere: await pupil('Still Here', null),
      formerStaff: await pupil('Former Staff', '2024-07-31', { staff: true }),
      holdsKit: await pupil('Holds Kit', '2024-07-31'),
    };
    const c = await makeCatalogue(staff);
    const tripod = await c.asset('Retention tripod');
    const lent = await staff.post('/loans', {
      borrower: { personId: ids.holdsKit },
      items: [{ assetId: tripod.id }],
    });
    expect(lent.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  const run = async () => {
    const res = await admin.post('/privacy/retention/run');
    expect(res.statusCode).toBe(200);
    return RetentionRun.parse(res.json());
  };
  const erasures = async (personId: string) =>
    (
      await t.database.db
        .select({ n: count() })
        .from(auditEntry)
        .where(and(eq(auditEntry.action, 'person.erase'), eq(auditEntry.entityId, personId)))
    )[0]!.n;

  it('erases pupils who left at least the retention period ago, once, even when run twice at once', async () => {
    const [first, second] = await Promise.all([run(), run()]);
    const erased = [...first!.erased, ...second!.erased].sort();
    expect(erased).toEqual([ids.longGone!, ids.exactlyAYear!].sort());
    expect(first!.keptWithOpenLoans).toEqual([ids.holdsKit]);
    expect(await erasures(ids.longGone!)).toBe(1);
    expect(await erasures(ids.exactlyAYear!)).toBe(1);
    const gone = (await admin.get(`/people/${ids.longGone}`)).json();
    expect(gone).toMatchObject({ name: `Erased person ${ids.longGone!.slice(0, 8)}`, rfid: null });
  });

  it('leaves staff, pupils still here or not yet due, and does nothing more on the next run', async () => {
    const again = await run();
    expect(again).toEqual({ retentionMonths: 12, erased: [], keptWithOpenLoans: [ids.holdsKit] });
    for (const key of ['notYet', 'stillHere', 'formerStaff'] as const) {
      expect((await admin.get(`/people/${ids[key]}`)).json().erasedAt).toBeNull();
    }
  });

  it('erases nobody when no retention period is set', async () => {
    const other = await startTestApp(kind, { now: () => NOW });
    try {
      const cast = await signedInCast(other.app, other.database.db);
      await addPerson(other.database.db, { name: 'Left Long Ago', leftAt: '2020-01-01' });
      const res = await caller(other.app, cast.admin.auth).post('/privacy/retention/run');
      expect(RetentionRun.parse(res.json())).toEqual({
        retentionMonths: null,
        erased: [],
        keptWithOpenLoans: [],
      });
    } finally {
      await other.close();
    }
  });
});
