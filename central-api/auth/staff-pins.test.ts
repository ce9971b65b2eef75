import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KioskStaffSession } from '../../domain/api/auth.js';
import { HistoryPage } from '../../domain/api/audit.js';
import { ChangesPage } from '../../domain/sync/changes.js';
import { caller, errorCodeOf, type Caller } from '../testing/http.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { enrolKiosk } from '../testing/test-kiosk.js';
import { addPerson, signedInCast, type SignedIn } from '../testing/test-people.js';
import { verifyPassword } from './passwords.js';

describe('staff PINs', () => {
  let t: TestApp;
  let cast: { admin: SignedIn; staff: SignedIn; borrower: SignedIn };
  let kiosk: Caller;
  let admin: Caller;
  let staff: Caller;
  beforeAll(async () => {
    t = await startTestApp('pglite');
    cast = await signedInCast(t.app, t.database.db);
    admin = caller(t.app, cast.admin.auth);
    staff = caller(t.app, cast.staff.auth);
    kiosk = caller(t.app, (await enrolKiosk(t.app, cast.admin.auth, 'Library kiosk')).auth);
    expect(
      (await admin.patch(`/people/${cast.staff.id}`, { rfid: '4B00423C15', barcode: 'S-1001' })).statusCode,
    ).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  const personRows = async (who: Caller) => {
    const res = await who.get('/sync/changes?after=0&limit=5000');
    expect(res.statusCode).toBe(200);
    return ChangesPage.parse(res.json()).changes.flatMap((c) =>
      c.op === 'upsert' && c.table === 'person' ? [c.row] : [],
    );
  };

  it('a member of staff sets their own PIN; only an admin sets another’s; a pupil has none', async () => {
    expect((await staff.put(`/people/${cast.staff.id}/staff-pin`, { pin: '2468' })).statusCode).toBe(204);
    const other = await staff.put(`/people/${cast.admin.id}/staff-pin`, { pin: '1357' });
    expect(other.statusCode).toBe(403);
    expect((await admin.put(`/people/${cast.admin.id}/staff-pin`, { pin: '1357' })).statusCode).toBe(204);
    const pupil = await admin.put(`/people/${cast.borrower.id}/staff-pin`, { pin: '1357' });
    expect([pupil.statusCode, errorCodeOf(pupil)]).toEqual([409, 'conflict']);
    const history = HistoryPage.parse((await admin.get(`/people/${cast.staff.id}/history`)).json());
    const set = history.items.find((e) => e.action === 'person.staff_pin_set');
    expect(set?.description).toBe('Sam Staff set their staff PIN.');
    expect(JSON.stringify(history)).not.toMatch(/scrypt|2468/);
  });

  it('the hash reaches a kiosk in the sync feed, and no other answer: not an admin’s feed, not the person', async () => {
    const toKiosk = (await personRows(kiosk)).find((p) => p.id === cast.staff.id);
    expect(await verifyPassword('2468', toKiosk!.staffPinHash!)).toBe(true);
    expect((await personRows(admin)).every((p) => p.staffPinHash === null)).toBe(true);
    const person = await admin.get(`/people/${cast.staff.id}`);
    expect(person.body).not.toMatch(/scrypt|staffPin/);
  });

  it('a kiosk trades the card and the right PIN for a token in the person’s name, audited under them', async () => {
    const res = await kiosk.post('/kiosks/staff-sign-in', { card: 's-1001', pin: '2468' });
    expect(res.statusCode).toBe(200);
    const session = KioskStaffSession.parse(res.json());
    expect(session.person.name).toBe('Sam Staff');
    expect(res.body).not.toMatch(/scrypt/);
    const asThem = caller(t.app, { authorization: `Bearer ${session.accessToken}` });
    expect((await asThem.patch(`/people/${cast.borrower.id}`, { department: 'Art' })).statusCode).toBe(200);
    const history = HistoryPage.parse((await admin.get(`/people/${cast.borrower.id}/history`)).json());
    expect(history.items[0]).toMatchObject({ actorKind: 'person', actorId: cast.staff.id });
  });

  it('wrong PINs lock the card after five, even for the right PIN', async () => {
    await addPerson(t.database.db, {
      name: 'Mr Hale',
      email: 'hale@school.test',
      staff: true,
      canLogIn: true,
      rfid: '0E0D0C0B0A',
    });
    const hale = await t.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: 'hale@school.test', password: 'correct horse battery staple' },
    });
    const haleId = (hale.json() as { person: { id: string } }).person.id;
    expect((await admin.put(`/people/${haleId}/staff-pin`, { pin: '9999' })).statusCode).toBe(204);
    for (let i = 0; i < 4; i++) {
      const wrong = await kiosk.post('/kiosks/staff-sign-in', { card: '0E0D0C0B0A', pin: '0000' });
      expect([wrong.statusCode, errorCodeOf(wrong)]).toEqual([401, 'unauthenticated']);
    }
    const fifth = await kiosk.post('/kiosks/staff-sign-in', { card: '0E0D0C0B0A', pin: '0000' });
    expect([fifth.statusCode, errorCodeOf(fifth)]).toEqual([429, 'rate_limited']);
    const right = await kiosk.post('/kiosks/staff-sign-in', { card: '0E0D0C0B0A', pin: '9999' });
    expect(right.statusCode).toBe(429);
    expect(right.body).toContain('locked for 15 more minutes');
  });

  it('a card-and-PIN token is judged at every request: "can log in" off refuses it at once', async () => {
    const res = await kiosk.post('/kiosks/staff-sign-in', { card: '4B00423C15', pin: '2468' });
    const { accessToken } = KioskStaffSession.parse(res.json());
    const asThem = caller(t.app, { authorization: `Bearer ${accessToken}` });
    expect((await asThem.get('/auth/me')).statusCode).toBe(200);
    expect((await admin.patch(`/people/${cast.staff.id}`, { canLogIn: false })).statusCode).toBe(200);
    const refused = await asThem.get('/auth/me');
    expect([refused.statusCode, errorCodeOf(refused)]).toEqual([401, 'unauthenticated']);
    // Decided: a PIN sign-in needs "can log in" like any sign-in.
    const again = await kiosk.post('/kiosks/staff-sign-in', { card: '4B00423C15', pin: '2468' });
    expect(again.statusCode).toBe(401);
  });
});
