import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KioskEnrolmentCode, KioskView } from '../../domain/api/kiosks.js';
import { EnrolResponse, KioskIdentity } from '../../domain/sync/enrolment.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { signedInCast, type SignedIn } from '../testing/test-people.js';

describe.each(databaseKinds)('kiosk enrolment on %s', (kind) => {
  let t: TestApp;
  let cast: { admin: SignedIn; staff: SignedIn; borrower: SignedIn };
  beforeAll(async () => {
    t = await startTestApp(kind, { settings: { signInLimit: { max: 10, windowMs: 60_000 } } });
    cast = await signedInCast(t.app, t.database.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  const register = (name: string) =>
    t.app.inject({ method: 'POST', url: '/kiosks', headers: cast.admin.auth, payload: { name } });
  const enrol = (code: string) => t.app.inject({ method: 'POST', url: '/kiosks/enrol', payload: { code } });
  const asKiosk = (token: string) => ({ authorization: `Bearer ${token}` });

  it('an admin registers a kiosk; the kiosk trades the one-time code for its credential', async () => {
    const created = await register('Library kiosk');
    expect(created.statusCode).toBe(201);
    const { kiosk, enrolmentCode } = KioskEnrolmentCode.parse(created.json());
    expect(kiosk.status).toBe('awaiting_enrolment');
    const typed = enrolmentCode.toLowerCase().replaceAll('-', ' ');
    const res = await enrol(typed);
    expect(res.statusCode).toBe(200);
    const enrolled = EnrolResponse.parse(res.json());
    expect(enrolled.kioskId).toBe(kiosk.id);
    expect((await enrol(enrolmentCode)).statusCode).toBe(401);
    const list = await t.app.inject({ method: 'GET', url: '/kiosks', headers: cast.admin.auth });
    expect(
      KioskView.array()
        .parse(list.json())
        .find((k) => k.id === kiosk.id)?.status,
    ).toBe('enrolled');
    // A kiosk holds only the kiosk role: it is known (403), not unknown (401), on a staff route.
    expect(
      (await t.app.inject({ method: 'GET', url: '/auth/me', headers: asKiosk(enrolled.token) })).statusCode,
    ).toBe(403);
  });

  it('a kiosk asks which kiosk its credential belongs to; another credential or none is not answered', async () => {
    const created = KioskEnrolmentCode.parse((await register('Hall kiosk')).json());
    const enrolled = EnrolResponse.parse((await enrol(created.enrolmentCode)).json());
    const me = await t.app.inject({ method: 'GET', url: '/kiosks/me', headers: asKiosk(enrolled.token) });
    expect(me.statusCode).toBe(200);
    expect(KioskIdentity.parse(me.json())).toEqual({
      kioskId: created.kiosk.id,
      name: 'Hall kiosk',
      locationId: null,
    });
    const stranger = await t.app.inject({
      method: 'GET',
      url: '/kiosks/me',
      headers: asKiosk('x'.repeat(43)),
    });
    expect(stranger.statusCode).toBe(401);
    const person = await t.app.inject({ method: 'GET', url: '/kiosks/me', headers: cast.admin.auth });
    expect(person.statusCode).toBe(403);
  });

  it('a revoked kiosk’s credential stops working at once', async () => {
    const { kiosk, enrolmentCode } = KioskEnrolmentCode.parse((await register('Sixth form kiosk')).json());
    const { token } = EnrolResponse.parse((await enrol(enrolmentCode)).json());
    const revoke = await t.app.inject({
      method: 'POST',
      url: `/kiosks/${kiosk.id}/revoke`,
      headers: cast.admin.auth,
    });
    expect(KioskView.parse(revoke.json()).status).toBe('revoked');
    expect((await t.app.inject({ method: 'GET', url: '/auth/me', headers: asKiosk(token) })).statusCode).toBe(
      401,
    );
    const reissue = await t.app.inject({
      method: 'POST',
      url: `/kiosks/${kiosk.id}/enrolment-code`,
      headers: cast.admin.auth,
    });
    expect(reissue.statusCode).toBe(409);
  });

  it('a new code re-enrols a kiosk and retires its old credential', async () => {
    const { kiosk, enrolmentCode } = KioskEnrolmentCode.parse((await register('Media kiosk')).json());
    const first = EnrolResponse.parse((await enrol(enrolmentCode)).json());
    const again = await t.app.inject({
      method: 'POST',
      url: `/kiosks/${kiosk.id}/enrolment-code`,
      headers: cast.admin.auth,
    });
    expect(again.statusCode).toBe(200);
    const second = EnrolResponse.parse(
      (await enrol(KioskEnrolmentCode.parse(again.json()).enrolmentCode)).json(),
    );
    expect(second.token).not.toBe(first.token);
    expect(
      (await t.app.inject({ method: 'GET', url: '/auth/me', headers: asKiosk(first.token) })).statusCode,
    ).toBe(401);
  });

  it('only admins manage kiosks, and requests are validated', async () => {
    const byStaff = await t.app.inject({
      method: 'POST',
      url: '/kiosks',
      headers: cast.staff.auth,
      payload: { name: 'x' },
    });
    expect(byStaff.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/kiosks', payload: { name: 'x' } })).statusCode).toBe(
      401,
    );
    expect((await register('')).statusCode).toBe(400);
    expect((await enrol('abc')).statusCode).toBe(400);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/kiosks/8d3c4b1e-1111-4111-8111-111111111111/revoke',
      headers: cast.admin.auth,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('rate limits guessing enrolment codes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await enrol(`WRONG-CODE-${i}`)).statusCode);
    expect(statuses).toContain(401);
    expect(statuses.at(-1)).toBe(429);
  });
});
