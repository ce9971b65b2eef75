import { describe, expect, it } from 'vitest';
import { PeoplePage, PersonLoans } from '../../domain/api/people.js';
import { Person } from '../../domain/model/person.js';
import { errorCodeOf, UNKNOWN_ID } from '../testing/http.js';
import { withCatalogueCast } from '../testing/staff-and-borrower.js';
import { databaseKinds } from '../testing/test-databases.js';

/** What the admin console's people screens ask of the API: sorting, a wider search, loans, access flags. */
describe.each(databaseKinds)('people in the console on %s', (kind) => {
  const s = withCatalogueCast(kind);

  const names = async (path: string) =>
    PeoplePage.parse((await s.staff.get(path)).json()).items.map((p) => p.name);

  it('finds people by school and sorts by any column, empty values last', async () => {
    await s.c.person('Quill Adams', { school: 'Quarry Lane', department: 'Year 9' });
    await s.c.person('Quill Baker', { school: 'Quarry Lane', department: null });
    await s.c.person('Quill Cole', { school: 'Quarry Lane', department: 'Year 7' });
    expect(await names('/people?q=quarry')).toEqual(['Quill Adams', 'Quill Baker', 'Quill Cole']);
    expect(await names('/people?q=quarry&sort=department')).toEqual([
      'Quill Cole',
      'Quill Adams',
      'Quill Baker',
    ]);
    expect(await names('/people?q=quarry&sort=department&order=desc')).toEqual([
      'Quill Adams',
      'Quill Cole',
      'Quill Baker',
    ]);
    expect(await names('/people?q=quarry&order=desc')).toEqual(['Quill Cole', 'Quill Baker', 'Quill Adams']);
    expect((await s.staff.get('/people?sort=password')).statusCode).toBe(400);
  });

  it('lists a person’s open loans and past ones with their assets', async () => {
    const borrower = await s.c.person('Lena Loans');
    const camera = await s.c.asset('Loan camera');
    const tripod = await s.c.asset('Loan tripod');
    const lend = async (assetId: string) =>
      (await s.staff.post('/loans', { borrower: { personId: borrower.id }, items: [{ assetId }] }))
        .statusCode;
    expect(await lend(tripod.id)).toBe(201);
    const back = await s.staff.post('/returns', { locationId: s.c.shed.id, items: [{ assetId: tripod.id }] });
    expect(back.statusCode).toBe(200);
    expect(await lend(camera.id)).toBe(201);

    const loans = PersonLoans.parse((await s.staff.get(`/people/${borrower.id}/loans`)).json());
    expect(loans.current.map((l) => l.assets.map((a) => [a.name, a.returnedAt]))).toEqual([
      [['Loan camera', null]],
    ]);
    expect(loans.pastCount).toBe(1);
    expect(loans.past[0]?.assets.map((a) => a.name)).toEqual(['Loan tripod']);
    expect(loans.past[0]?.returnedAt).not.toBeNull();
    expect((await s.staff.get(`/people/${UNKNOWN_ID}/loans`)).statusCode).toBe(404);
  });

  it('refuses a member of staff changing anyone’s access flags, one flag at a time', async () => {
    const teacher = Person.parse(
      (
        await s.admin.post('/people', { name: 'Flag Teacher', email: 'flag@school.test', staff: true })
      ).json(),
    );
    for (const flags of [
      { staff: false },
      { isAdmin: true },
      { canLogIn: true },
      { email: 'x@school.test' },
    ]) {
      const res = await s.staff.patch(`/people/${teacher.id}`, { name: 'Flag Teacher', ...flags });
      expect(res.statusCode, JSON.stringify(flags)).toBe(403);
      expect(errorCodeOf(res)).toBe('forbidden');
    }
    expect(
      (await s.staff.put(`/people/${teacher.id}/password`, { password: 'a long enough phrase' })).statusCode,
    ).toBe(403);
    expect(Person.parse((await s.staff.get(`/people/${teacher.id}`)).json())).toMatchObject({
      staff: true,
      isAdmin: false,
      canLogIn: false,
      email: 'flag@school.test',
    });
    // Lend and the other fields stay theirs to change.
    expect(
      (await s.staff.patch(`/people/${teacher.id}`, { lend: false, department: 'Art' })).statusCode,
    ).toBe(200);
  });
});
