import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, type KioskCore } from '../../electron/core/index.js';
import { ADMIN, enrolmentCode, seedSchool, startCentral, type Central } from './support/central.js';
import { enrolledKiosk } from './support/kiosk.js';

describe('the staff area of a kiosk, against the real central API', () => {
  let central: Central;
  let kiosk: KioskCore;
  let school: Awaited<ReturnType<typeof seedSchool>>;

  beforeAll(async () => {
    central = await startCentral('pglite');
    school = await seedSchool(central);
    kiosk = await enrolledKiosk(central.url, await enrolmentCode(central, 'Staff room kiosk'));
  });
  afterAll(async () => {
    await kiosk.close();
    await central.close();
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

  it('forgets the session on sign-out', async () => {
    await kiosk.handlers['staff.signOut']({});
    expect(await dispatch(kiosk.handlers, 'staff.person', { id: school.pupil.id })).toMatchObject({
      ok: false,
    });
  });
});
