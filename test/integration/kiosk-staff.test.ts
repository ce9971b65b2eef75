import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { location } from '../../central-api/db/schema/index.js';
import { startSmtpServer, type TestSmtp } from '../../central-api/testing/smtp-server.js';
import { newId } from '../../domain/ids.js';
import { dispatch, type KioskCore } from '../../electron/core/index.js';
import { ADMIN, enrolmentCode, seedSchool, startCentral, type Central } from './support/central.js';
import { enrolledKiosk } from './support/kiosk.js';

describe('the staff area of a kiosk, against the real central API', () => {
  let central: Central;
  let kiosk: KioskCore;
  let school: Awaited<ReturnType<typeof seedSchool>>;
  let smtp: TestSmtp;
  /** The server's clock runs this far from the present, to make a loan that is overdue now. */
  let offsetMs = 0;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    central = await startCentral('pglite', {
      now: () => new Date(Date.now() + offsetMs),
      mailer: smtp.mailer(),
    });
    school = await seedSchool(central);
    kiosk = await enrolledKiosk(central.url, await enrolmentCode(central, 'Staff room kiosk'));
  });
  afterAll(async () => {
    await kiosk.close();
    await central.close();
    await smtp.close();
  });

  it('refuses a wrong password with the server’s own sentence, and edits nothing before sign-in', async () => {
    const wrong = await dispatch(kiosk.handlers, 'staff.signIn', { email: ADMIN.email, password: 'nope' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const edit = await dispatch(kiosk.handlers, 'staff.updatePerson', {
      id: school.pupil.id,
      patch: { lend: false },
    });
    expect(edit).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated', message: 'Sign in as a member of staff first.' },
    });
    expect(await kiosk.handlers['staff.session']({})).toBeNull();
  });

  it('signs in, edits a person on the server, and the kiosk’s own copy follows through sync', async () => {
    const session = await kiosk.handlers['staff.signIn']({ email: ADMIN.email, password: ADMIN.password });
    expect(session).toMatchObject({ name: 'Admin', roles: expect.arrayContaining(['staff', 'admin']) });

    const updated = await kiosk.handlers['staff.updatePerson']({
      id: school.pupil.id,
      patch: { name: 'Amira Khan-Patel' },
    });
    expect(updated.name).toBe('Amira Khan-Patel');
    await kiosk.handlers['sync.now']({});
    const found = await kiosk.handlers['catalogue.search']({ query: 'Khan-Patel', limit: 5 });
    expect(found.people.map((p) => p.id)).toEqual([school.pupil.id]);

    const kit = await kiosk.handlers['staff.kit']({ id: school.kit.id });
    expect(kit.items.map((i) => i.name).sort()).toEqual(['Power cable', 'Reflector']);
    const asset = await kiosk.handlers['staff.updateAsset']({
      id: school.camera.id,
      patch: { colour: 'Black' },
    });
    expect(asset.colour).toBe('Black');
  });

  it('passes on the server’s field for a value another record has, so the form can mark it', async () => {
    await kiosk.handlers['staff.signIn']({ email: ADMIN.email, password: ADMIN.password });
    const answer = await dispatch(kiosk.handlers, 'staff.updatePerson', {
      id: school.pupil.id,
      patch: { barcode: 'KD-00001' },
    });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringContaining('“KD-00001” already belongs to another asset or person'),
        details: {
          constraint: 'credential_pkey',
          issues: [{ path: 'barcode', message: expect.stringContaining('KD-00001') }],
        },
      },
    });
  });

  it('shows the reports a chart is drawn from: loans over time and utilisation per asset type', async () => {
    await kiosk.handlers['staff.signIn']({ email: ADMIN.email, password: ADMIN.password });
    await central.api('POST', '/loans', {
      borrower: { personId: school.pupil.id },
      items: [{ assetId: school.camera.id }],
    });
    const overTime = await kiosk.handlers['staff.loansOverTime']({ interval: 'day' });
    expect(overTime.buckets).toHaveLength(overTime.loans.length);
    expect(overTime.loans.reduce((a, b) => a + b, 0)).toBe(1);
    const byType = await kiosk.handlers['staff.utilisationByType']({});
    expect(byType.assetTypes.length).toBeGreaterThan(0);
    const overdue = await kiosk.handlers['staff.overdue']({});
    expect(overdue.loans).toEqual([]);
  });

  it('lists every location, however many pages the API gives them in, and saves a home location', async () => {
    await kiosk.handlers['staff.signIn']({ email: ADMIN.email, password: ADMIN.password });
    // More than the API's largest page; written straight into the database (set-up, not the code under test).
    const names = Array.from({ length: 203 }, (_, i) => `Room ${String(i).padStart(3, '0')}`);
    await central.database.db.insert(location).values(names.map((name) => ({ id: newId(), name })));
    const locations = await kiosk.handlers['staff.locations']({});
    expect(locations.map((l) => l.name)).toEqual(names);

    const home = locations[202]!;
    const moved = await kiosk.handlers['staff.updateAsset']({
      id: school.camera.id,
      patch: { homeLocationId: home.id },
    });
    expect(moved.homeLocationId).toBe(home.id);
    expect(
      (await central.api<{ homeLocationId: string | null }>('GET', `/assets/${school.camera.id}`))
        .homeLocationId,
    ).toBe(home.id);
    const homeless = await kiosk.handlers['staff.updateAsset']({
      id: school.camera.id,
      patch: { homeLocationId: null },
    });
    expect(homeless.homeLocationId).toBeNull();
  });

  it('emails an overdue loan’s borrower a reminder, and passes on the server’s sentence for a second', async () => {
    await central.api('PATCH', `/people/${school.other.id}`, { email: 'ben.ortiz@school.test' });
    offsetMs = -10 * 24 * 3_600_000;
    const loan = await central
      .api<{ allocation: { id: string } }>('POST', '/loans', {
        borrower: { personId: school.other.id },
        items: school.members.map((m) => ({ assetId: m.id })),
        confirmedGroupItemIds: school.items.map((i) => i.id),
      })
      .finally(() => {
        offsetMs = 0;
      });
    await kiosk.handlers['staff.signIn']({ email: ADMIN.email, password: ADMIN.password });
    const overdue = await kiosk.handlers['staff.overdue']({});
    expect(overdue.loans.map((l) => l.allocationId)).toEqual([loan.allocation.id]);

    const sent = await kiosk.handlers['staff.remind']({ allocationId: loan.allocation.id });
    expect(sent).toMatchObject({ allocationId: loan.allocation.id, recipient: 'ben.ortiz@school.test' });
    expect(smtp.messages.map((m) => [m.to[0], m.subject])).toEqual([
      ['ben.ortiz@school.test', 'Your borrowed equipment is overdue'],
    ]);
    expect(await dispatch(kiosk.handlers, 'staff.remind', { allocationId: loan.allocation.id })).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(/^An overdue reminder went to ben\.ortiz@school\.test at \d\d:\d\d\./),
        details: { reason: 'reminded_recently', lastSentAt: sent.sentAt, nextAllowedAt: expect.any(String) },
      },
    });
    expect(smtp.messages).toHaveLength(1);
  });

  it('forgets the session on sign-out', async () => {
    await kiosk.handlers['staff.signOut']({});
    expect(await dispatch(kiosk.handlers, 'staff.person', { id: school.pupil.id })).toMatchObject({
      ok: false,
    });
  });
});
