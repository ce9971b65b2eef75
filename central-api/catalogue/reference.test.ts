import { describe, expect, it } from 'vitest';
import { AssetType, DisposalType, Location } from '../../domain/model/reference.js';
import { pageOf } from '../../domain/api/pagination.js';
import { databaseKinds } from '../testing/test-databases.js';
import { caller, UNKNOWN_ID } from '../testing/http.js';
import { withStaffAndBorrower } from '../testing/staff-and-borrower.js';

const kinds = [
  {
    path: '/locations',
    schema: Location,
    create: { name: 'AV shed 2', area: 'MHS' },
    second: { name: 'Drama studio' },
    patch: { area: 'Walker House' },
    invalid: { name: 'x', area: 7 },
  },
  {
    path: '/asset-types',
    schema: AssetType,
    create: { name: 'Camera', loanPeriodHours: 72 },
    second: { name: 'Tripod' },
    patch: { loanPeriodHours: 24 },
    invalid: { name: 'Laptop', loanPeriodHours: 0 },
  },
  {
    path: '/disposal-types',
    schema: DisposalType,
    create: { name: 'Securely destroyed' },
    second: { name: 'Donation' },
    patch: { name: 'Securely wiped and destroyed' },
    invalid: { name: '' },
  },
] as const;

describe.each(databaseKinds)('reference data on %s', (kind) => {
  const s = withStaffAndBorrower(kind);

  describe.each(kinds)('$path', ({ path, schema, create, second, patch, invalid }) => {
    it('creates, reads, changes and lists', async () => {
      const res = await s.staff.post(path, create);
      expect(res.statusCode).toBe(201);
      const made = schema.parse(res.json());
      expect(made).toMatchObject(create);
      await s.staff.post(path, second);
      expect(schema.parse((await s.staff.get(`${path}/${made.id}`)).json())).toEqual(made);
      const changed = schema.parse((await s.staff.patch(`${path}/${made.id}`, patch)).json());
      expect(changed).toEqual({ ...made, ...patch });
      const all = pageOf(schema).parse((await s.staff.get(path)).json());
      expect(all.total).toBe(2);
      const found = pageOf(schema).parse(
        (await s.staff.get(`${path}?q=${encodeURIComponent(second.name.slice(0, 4))}`)).json(),
      );
      expect(found.items.map((i) => i.name)).toEqual([second.name]);
    });

    it('validates, answers 404 and is for staff', async () => {
      expect((await s.staff.post(path, invalid)).statusCode).toBe(400);
      expect((await s.staff.get(`${path}/nope`)).statusCode).toBe(400);
      expect((await s.staff.get(`${path}/${UNKNOWN_ID}`)).statusCode).toBe(404);
      expect((await s.staff.patch(`${path}/${UNKNOWN_ID}`, patch)).statusCode).toBe(404);
      expect((await s.borrower.post(path, create)).statusCode).toBe(403);
      expect((await caller(s.t.app).get(path)).statusCode).toBe(401);
    });
  });
});
