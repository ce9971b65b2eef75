import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids.js';
import { caller } from '../testing/http.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { makeCatalogue } from '../testing/test-catalogue.js';
import { databaseKinds } from '../testing/test-databases.js';
import { signedInCast } from '../testing/test-people.js';
import { openLoansOfAssets } from './open-asset-loans.js';

describe.each(databaseKinds)('open loans of many assets on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers for more assets than PostgreSQL takes parameters in one statement', async () => {
    const cast = await signedInCast(t.app, t.database.db);
    const staff = caller(t.app, cast.staff.auth);
    const c = await makeCatalogue(staff);
    const [lent, kept] = [await c.asset('Camera 1'), await c.asset('Camera 2')];
    const out = await staff.post('/loans', {
      borrower: { personId: cast.borrower.id },
      items: [{ assetId: lent.id }],
    });
    expect(out.statusCode).toBe(201);
    const ids = [...Array.from({ length: 70_000 }, () => newId()), lent.id, kept.id];
    const loans = await openLoansOfAssets(t.database.db, ids);
    expect([...loans.keys()]).toEqual([lent.id]);
  });
});
