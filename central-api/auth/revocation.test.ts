import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openDatabase, type Database } from '../db/database.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { enrolKiosk } from '../testing/test-kiosk.js';
import { addPerson, signedInCast, signIn, type SignedIn } from '../testing/test-people.js';
import { testSettings } from '../testing/test-settings.js';

type Auth = { authorization: string };

describe.each(databaseKinds)('revocation takes effect at once on %s', (kind) => {
  let t: TestApp;
  /** A second replica: its own connections to the same PostgreSQL, or the same PGlite in-process. */
  let other: FastifyInstance;
  let otherDatabase: Database | null = null;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp(kind);
    otherDatabase = t.database.url ? await openDatabase({ url: t.database.url, poolSize: 4 }) : null;
    other = await buildApp({ db: otherDatabase ?? t.database, settings: testSettings() });
    ({ admin } = await signedInCast(t.app, t.database.db));
  });
  afterAll(async () => {
    await other?.close();
    await otherDatabase?.close();
    await t?.close();
  });

  const get = (app: FastifyInstance, url: string, auth: Auth) =>
    app.inject({ method: 'GET', url, headers: auth }).then((r) => r.statusCode);

  /** An admin who may sign in, signed in, whose access both replicas have just read (and cached). */
  async function signedInAdmin(name: string): Promise<{ id: string; auth: Auth }> {
    const email = `${name.toLowerCase()}.${Date.now()}@school.test`;
    const p = await addPerson(t.database.db, { name, email, canLogIn: true, staff: true, isAdmin: true });
    const auth = { authorization: `Bearer ${(await signIn(t.app, email)).accessToken}` };
    for (const app of [t.app, other]) expect(await get(app, '/kiosks', auth)).toBe(200);
    return { id: p.id, auth };
  }

  /** How long the other replica takes to answer `expected` for `url`, polling every few milliseconds. */
  async function otherReplicaAnswers(url: string, auth: Auth, expected: number): Promise<number> {
    const started = performance.now();
    while (performance.now() - started < 5000) {
      if ((await get(other, url, auth)) === expected) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`the other replica never answered ${expected} for ${url}`);
  }

  const patch = (id: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'PATCH', url: `/people/${id}`, headers: admin.auth, payload });

  it('refuses the very next request after "can log in" is turned off, and the other replica within a second', async () => {
    const ida = await signedInAdmin('Ida');
    expect((await patch(ida.id, { canLogIn: false })).statusCode).toBe(200);
    expect(await get(t.app, '/people', ida.auth)).toBe(401);
    expect(await otherReplicaAnswers('/people', ida.auth, 401)).toBeLessThan(1000);
  });

  it('judges the very next request without admin once admin is removed, on both replicas', async () => {
    const max = await signedInAdmin('Max');
    expect((await patch(max.id, { isAdmin: false })).statusCode).toBe(200);
    expect(await get(t.app, '/kiosks', max.auth)).toBe(403);
    expect(await get(t.app, '/people', max.auth)).toBe(200);
    expect(await otherReplicaAnswers('/kiosks', max.auth, 403)).toBeLessThan(1000);
  });

  it('refuses a member of staff at once once they are no longer staff, and an erased person', async () => {
    const sue = await signedInAdmin('Sue');
    expect((await patch(sue.id, { isAdmin: false, staff: false })).statusCode).toBe(200);
    expect(await get(t.app, '/people', sue.auth)).toBe(403);
    expect(await get(t.app, '/auth/me', sue.auth)).toBe(200);
    const erased = await t.app.inject({
      method: 'POST',
      url: `/people/${sue.id}/erase`,
      headers: admin.auth,
    });
    expect(erased.statusCode).toBe(200);
    expect(await get(t.app, '/auth/me', sue.auth)).toBe(401);
    expect(await otherReplicaAnswers('/auth/me', sue.auth, 401)).toBeLessThan(1000);
  });

  it('refuses a revoked kiosk at its next request on either replica', async () => {
    const k = await enrolKiosk(t.app, admin.auth, 'Library kiosk');
    for (const app of [t.app, other]) expect(await get(app, '/sync/changes', k.auth)).toBe(200);
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/kiosks/${k.kioskId}/revoke`,
      headers: admin.auth,
    });
    expect(revoked.statusCode).toBe(200);
    for (const app of [t.app, other]) expect(await get(app, '/sync/changes', k.auth)).toBe(401);
  });
});
