import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditVerification, HistoryPage } from '../../domain/api/audit.js';
import { ErasureResult, PersonExport } from '../../domain/api/privacy.js';
import { ChangesPage } from '../../domain/sync/changes.js';
import { Person } from '../../domain/model/person.js';
import { auditEntry } from '../db/schema/index.js';
import { caller, errorCodeOf, type Caller } from '../testing/http.js';
import { tablesMentioning } from '../testing/database-scan.js';
import { makeCatalogue, type Catalogue } from '../testing/test-catalogue.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { enrolKiosk } from '../testing/test-kiosk.js';
import { signedInCast, signIn, type SignedIn } from '../testing/test-people.js';

const AMIRA = {
  name: 'Amira Quennell-Khan',
  email: 'amira.qk@school.test',
  department: 'Media Studies 10Q',
  school: 'Belmont',
  rfid: '0013961168',
  barcode: 'PUPIL-20417',
};
/** What she was recorded as before an edit: erasure must find these in her history too. */
const EARLIER = { email: 'amira.khan.old@school.test', department: 'Mediaeval History' };
const PASSWORD = 'a long enough phrase';

describe.each(databaseKinds)('GDPR erasure on %s', (kind) => {
  let t: TestApp;
  let cast: { admin: SignedIn; staff: SignedIn; borrower: SignedIn };
  let admin: Caller;
  let staff: Caller;
  let kiosk: Caller;
  let c: Catalogue;
  let amira: Person;
  let camera: { id: string };
  beforeAll(async () => {
    t = await startTestApp(kind);
    cast = await signedInCast(t.app, t.database.db);
    admin = caller(t.app, cast.admin.auth);
    staff = caller(t.app, cast.staff.auth);
    c = await makeCatalogue(staff);
    kiosk = caller(t.app, (await enrolKiosk(t.app, cast.admin.auth, 'Corridor kiosk', c.shed.id)).auth);

    // A history that leaves her data in many places: created and edited, signed in (and failed to),
    // borrowed and returned with a note naming her.
    amira = Person.parse(
      (
        await admin.post('/people', {
          ...AMIRA,
          email: EARLIER.email,
          department: EARLIER.department,
          canLogIn: true,
        })
      ).json(),
    );
    await admin.patch(`/people/${amira.id}`, { department: AMIRA.department, email: AMIRA.email });
    await admin.put(`/people/${amira.id}/password`, { password: PASSWORD });
    await signIn(t.app, AMIRA.email, PASSWORD);
    await caller(t.app).post('/auth/login', { email: AMIRA.email, password: 'wrong guess at it' });
    camera = await c.asset('Camera for erasure');
    const lent = await staff.post('/loans', {
      borrower: { credential: AMIRA.rfid },
      items: [{ assetId: camera.id }],
    });
    expect(lent.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  const verify = async () => AuditVerification.parse((await admin.get('/audit/verify')).json());
  const personal = [
    AMIRA.name,
    AMIRA.email,
    AMIRA.rfid,
    AMIRA.barcode,
    AMIRA.department,
    ...Object.values(EARLIER),
  ];

  it('exports everything held about her as one document', async () => {
    const res = await admin.get(`/people/${amira.id}/export`);
    expect(res.statusCode).toBe(200);
    const doc = PersonExport.parse(res.json());
    expect(doc.person).toMatchObject({ name: AMIRA.name, email: AMIRA.email, rfid: AMIRA.rfid });
    expect(doc.loans).toHaveLength(1);
    expect(doc.loans[0]?.assets[0]?.assetName).toBe('Camera for erasure');
    expect(doc.sessions).toHaveLength(1);
    expect(doc.auditEntries.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'person.create',
        'person.update',
        'person.password_set',
        'auth.sign_in',
        'auth.sign_in_failed',
        'loan.checkout',
      ]),
    );
    expect((await staff.get(`/people/${amira.id}/export`)).statusCode).toBe(403);
  });

  it('refuses while she has equipment out', async () => {
    const res = await admin.post(`/people/${amira.id}/erase`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/still has 1 loan open/);
    const back = await staff.post('/returns', {
      items: [{ assetId: camera.id, conditionNote: `Scratched lens, ${AMIRA.name} says it was dropped` }],
      locationId: c.shed.id,
    });
    expect(back.statusCode).toBe(200);
  });

  it('leaves her name, email and cards in no table, and the audit chain still verifies', async () => {
    expect((await tablesMentioning(t.database.db, personal)).length).toBeGreaterThan(5);
    const res = await admin.post(`/people/${amira.id}/erase`);
    expect(res.statusCode).toBe(200);
    const result = ErasureResult.parse(res.json());
    const pseudonym = `Erased person ${amira.id.slice(0, 8)}`;
    expect(result).toMatchObject({
      pseudonym,
      person: {
        id: amira.id,
        name: pseudonym,
        email: null,
        rfid: null,
        barcode: null,
        department: null,
        school: 'Belmont',
        canLogIn: false,
      },
    });
    expect(result.person.erasedAt).not.toBeNull();
    expect(result.redactedAuditEntries).toBeGreaterThanOrEqual(6);

    expect(await tablesMentioning(t.database.db, personal)).toEqual([]);
    expect(await verify()).toMatchObject({ intact: true, firstProblem: null });
  });

  it('keeps the camera’s history, with her loans under the pseudonym', async () => {
    const history = HistoryPage.parse((await staff.get(`/assets/${camera.id}/history`)).json());
    const pseudonym = `Erased person ${amira.id.slice(0, 8)}`;
    const loans = history.items.filter((e) => e.action.startsWith('loan.'));
    expect(loans.map((e) => e.action)).toEqual(['loan.return', 'loan.checkout']);
    for (const entry of loans) expect(entry.description.startsWith(`${pseudonym} `)).toBe(true);
    const erasure = HistoryPage.parse((await staff.get(`/people/${amira.id}/history`)).json()).items[0];
    expect(erasure).toMatchObject({ action: 'person.erase', actorId: cast.admin.id });
  });

  it('sends kiosks the pseudonymised row, so they forget her too', async () => {
    let after = 0;
    let row: unknown;
    for (;;) {
      const page = ChangesPage.parse((await kiosk.get(`/sync/changes?after=${after}&limit=1000`)).json());
      for (const ch of page.changes)
        if (ch.table === 'person' && ch.id === amira.id && ch.op === 'upsert') row = ch.row;
      after = page.cursor;
      if (page.remaining === 0) break;
    }
    expect(row).toMatchObject({
      id: amira.id,
      name: `Erased person ${amira.id.slice(0, 8)}`,
      rfid: null,
      barcode: null,
      department: null,
      lend: false,
    });
  });

  it('she can no longer sign in, and nobody can erase her twice', async () => {
    const login = await caller(t.app).post('/auth/login', { email: AMIRA.email, password: PASSWORD });
    expect(login.statusCode).toBe(401);
    const again = await admin.post(`/people/${amira.id}/erase`);
    expect(again.statusCode).toBe(409);
    expect(errorCodeOf(again)).toBe('conflict');
  });

  it('nobody can type an erased person’s details back in', async () => {
    const res = await admin.patch(`/people/${amira.id}`, { name: 'Amira Khan' });
    expect(res.statusCode).toBe(409);
    expect(errorCodeOf(res)).toBe('conflict');
  });

  it('the database refuses any other change to the trail, and verification finds a changed erased entry', async () => {
    const [redacted] = await t.database.db
      .select()
      .from(auditEntry)
      .where(sql`${auditEntry.redactedBy} is not null`)
      .limit(1);
    await expect(
      t.database.db.execute(
        sql`update audit_entry set description = 'Rewritten.', salt = null, redacted_by = gen_random_uuid() where seq = 1`,
      ),
    ).rejects.toThrow();
    await expect(
      t.database.db.execute(sql`delete from audit_entry where seq = ${redacted!.seq}`),
    ).rejects.toThrow();

    await t.database.db.execute(sql`alter table audit_entry disable trigger audit_entry_append_only`);
    try {
      await t.database.db
        .update(auditEntry)
        .set({ description: 'Someone else borrowed it.' })
        .where(eq(auditEntry.seq, redacted!.seq));
      expect(await verify()).toMatchObject({
        intact: false,
        firstProblem: { seq: redacted!.seq, problem: 'altered' },
      });
      expect((await verify()).firstProblem?.message).toMatch(/erased/);
    } finally {
      await t.database.db
        .update(auditEntry)
        .set({ description: redacted!.description })
        .where(eq(auditEntry.seq, redacted!.seq));
      await t.database.db.execute(sql`alter table audit_entry enable trigger audit_entry_append_only`);
    }
    expect((await verify()).intact).toBe(true);
  });
});
