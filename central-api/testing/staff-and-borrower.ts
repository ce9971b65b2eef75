import { afterAll, beforeAll } from 'vitest';
import type { DatabaseKind } from './test-databases.js';
import { caller, type Caller } from './http.js';
import { makeCatalogue, type Catalogue } from './test-catalogue.js';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app.js';
import { signedInCast } from './test-people.js';

export type StaffAndBorrower = { t: TestApp; staff: Caller; borrower: Caller };

/**
 * A test app for the enclosing `describe`, with callers signed in as the test cast's member of staff and
 * borrower (the two most route tests act as), closed after it. Read its fields inside the tests.
 */
export function withStaffAndBorrower(kind: DatabaseKind): StaffAndBorrower {
  const s = {} as StaffAndBorrower;
  beforeAll(async () => {
    s.t = await startTestApp(kind);
    const cast = await signedInCast(s.t.app, s.t.database.db);
    s.staff = caller(s.t.app, cast.staff.auth);
    s.borrower = caller(s.t.app, cast.borrower.auth);
  });
  afterAll(async () => {
    await s.t?.close();
  });
  return s;
}

export type CatalogueCast = { t: TestApp; admin: Caller; staff: Caller; c: Catalogue };

/**
 * A test app for the enclosing `describe` with callers signed in as the test cast's admin and member of
 * staff, and the test catalogue made by staff, closed after it. Read its fields inside the tests.
 */
export function withCatalogueCast(kind: DatabaseKind, options?: TestAppOptions): CatalogueCast {
  const s = {} as CatalogueCast;
  beforeAll(async () => {
    s.t = await startTestApp(kind, options);
    const cast = await signedInCast(s.t.app, s.t.database.db);
    s.admin = caller(s.t.app, cast.admin.auth);
    s.staff = caller(s.t.app, cast.staff.auth);
    s.c = await makeCatalogue(s.staff);
  });
  afterAll(async () => {
    await s.t?.close();
  });
  return s;
}
