import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryPage } from '../../domain/api/audit.js';
import { PeoplePage } from '../../domain/api/people.js';
import { Person } from '../../domain/model/person.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { caller, errorCodeOf, UNKNOWN_ID, type Caller } from '../testing/http.js';
import { signedInCast, signIn } from '../testing/test-people.js';

describe.each(databaseKinds)('people on %s', (kind) => {
  let t: TestApp;
  let admin: Caller;
  let staff: Caller;
  let borrower: Caller;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const cast = await signedInCast(t.app, t.database.db);
    admin = caller(t.app, cast.admin.auth);
    staff = caller(t.app, cast.staff.auth);
    borrower = caller(t.app, cast.borrower.auth);
  });
  afterAll(async () => {
    await t?.close();
  });

  const pupil = (over: object = {}) => ({
    name: 'Amira Khan',
    department: 'Media Studies',
    school: 'Belmont',
    rfid: '0013961168',
    barcode: 'P-20417',
    ...over,
  });

  it('staff add a pupil with card numbers and read them back', async () => {
    const res = await staff.post('/people', pupil());
    expect(res.statusCode).toBe(201);
    const created = Person.parse(res.json());
    expect(created).toMatchObject({
      lend: true,
      staff: false,
      canLogIn: false,
      email: null,
      rfid: '0013961168',
    });
    expect(Person.parse((await staff.get(`/people/${created.id}`)).json())).toEqual(created);
  });

  it('edits only the fields sent and records before and after', async () => {
    const { id } = Person.parse(
      (await staff.post('/people', pupil({ name: 'Tom', rfid: null, barcode: null }))).json(),
    );
    const res = await staff.patch(`/people/${id}`, { department: 'Film', lend: false });
    expect(Person.parse(res.json())).toMatchObject({ name: 'Tom', department: 'Film', lend: false });
    const history = HistoryPage.parse((await staff.get(`/people/${id}/history`)).json());
    expect(history.items[0]).toMatchObject({
      action: 'person.update',
      description: 'Tom: department and lend changed.',
      before: { department: 'Media Studies', lend: true },
      after: { department: 'Film', lend: false },
    });
  });

  it('lists a page at a time, searched by name or card and filtered', async () => {
    for (const name of ['Zara One', 'Zara Two', 'Zara Three']) {
      await staff.post('/people', pupil({ name, rfid: null, barcode: `Z-${name}`, school: 'Walker House' }));
    }
    const page = PeoplePage.parse((await staff.get('/people?q=zara&pageSize=2&page=2')).json());
    expect(page.total).toBe(3);
    expect(page.items.map((p) => p.name)).toEqual(['Zara Two']);
    const byCard = PeoplePage.parse((await staff.get('/people?q=Z-Zara%20One')).json());
    expect(byCard.items.map((p) => p.name)).toEqual(['Zara One']);
    const walker = PeoplePage.parse((await staff.get('/people?school=Walker%20House&staff=false')).json());
    expect(walker.total).toBe(3);
    const staffOnly = PeoplePage.parse((await staff.get('/people?staff=true&pageSize=200')).json());
    expect(staffOnly.items.every((p) => p.staff)).toBe(true);
    expect((await staff.get('/people?q=100%25')).statusCode).toBe(200);
  });

  it('only admins set email, staff, admin and "can log in"', async () => {
    const refused = await staff.post(
      '/people',
      pupil({ name: 'Eve', rfid: null, barcode: null, isAdmin: true }),
    );
    expect(refused.statusCode).toBe(403);
    expect(errorCodeOf(refused)).toBe('forbidden');
    const { id } = Person.parse(
      (await staff.post('/people', pupil({ name: 'Eve', rfid: null, barcode: null }))).json(),
    );
    expect((await staff.patch(`/people/${id}`, { canLogIn: true })).statusCode).toBe(403);
    expect((await staff.patch(`/people/${id}`, { canLogIn: false, name: 'Eve S' })).statusCode).toBe(200);
    const promoted = await admin.patch(`/people/${id}`, {
      email: 'Eve@School.test',
      staff: true,
      canLogIn: true,
    });
    expect(Person.parse(promoted.json())).toMatchObject({
      email: 'eve@school.test',
      staff: true,
      canLogIn: true,
    });
  });

  it('turning "can log in" off ends the person’s sessions', async () => {
    const { id } = Person.parse(
      (
        await admin.post(
          '/people',
          pupil({ name: 'Leaver', rfid: null, barcode: null, email: 'leaver@school.test', canLogIn: true }),
        )
      ).json(),
    );
    await admin.put(`/people/${id}/password`, { password: 'a long enough phrase' });
    const session = await signIn(t.app, 'leaver@school.test', 'a long enough phrase');
    await admin.patch(`/people/${id}`, { canLogIn: false });
    const refreshed = await caller(t.app).post('/auth/refresh', { refreshToken: session.refreshToken });
    expect(refreshed.statusCode).toBe(401);
  });

  it('refuses an email or card number someone or something already has', async () => {
    await admin.post('/people', pupil({ name: 'A', rfid: null, barcode: null, email: 'dup@school.test' }));
    const email = await admin.post(
      '/people',
      pupil({ name: 'B', rfid: null, barcode: null, email: 'DUP@school.test' }),
    );
    expect(email.statusCode).toBe(409);
    const card = await staff.post('/people', pupil({ name: 'C', barcode: null }));
    expect(card.statusCode).toBe(409);
    expect(card.json().error.message).toContain('0013961168');
  });

  it('validates requests', async () => {
    expect(errorCodeOf(await staff.post('/people', { department: 'x' }))).toBe('validation_failed');
    expect((await staff.post('/people', pupil({ email: 'not-an-email' }))).statusCode).toBe(400);
    expect((await staff.get('/people/not-a-uuid')).statusCode).toBe(400);
    expect((await staff.get('/people?pageSize=1000')).statusCode).toBe(400);
    expect((await staff.patch(`/people/${UNKNOWN_ID}`, { name: '' })).statusCode).toBe(400);
    expect((await staff.patch(`/people/${UNKNOWN_ID}`, { name: 'x' })).statusCode).toBe(404);
    expect((await staff.get(`/people/${UNKNOWN_ID}`)).statusCode).toBe(404);
  });

  it('is for staff: borrowers and strangers are refused', async () => {
    expect((await borrower.get('/people')).statusCode).toBe(403);
    expect((await borrower.post('/people', pupil())).statusCode).toBe(403);
    expect((await caller(t.app).get('/people')).statusCode).toBe(401);
  });
});
