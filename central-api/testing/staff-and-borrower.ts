import { afterAll, beforeAll } from 'vitest';
import type { DatabaseKind } from './test-databases.js';
import { caller, type Caller } from './http.js';
import { startTestApp, type TestApp } from './test-app.js';
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
