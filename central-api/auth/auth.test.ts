import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Me, SessionTokens } from '../../domain/api/auth.js';
import { ApiErrorBody } from '../../domain/api-error.js';
import { auditEntry } from '../db/schema/index.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { addPerson, signedInCast, signIn, TEST_PASSWORD, type SignedIn } from '../testing/test-people.js';
import { createAdmin, ensureFirstAdmin } from './first-admin.js';

const errorCode = (body: string) => ApiErrorBody.parse(JSON.parse(body)).error.code;

describe.each(databaseKinds)('auth on %s', (kind) => {
  let t: TestApp;
  let cast: { admin: SignedIn; staff: SignedIn; borrower: SignedIn };
  let clockOffsetMs = 0;
  beforeAll(async () => {
    t = await startTestApp(kind, {
      settings: { signInLimit: { max: 4, windowMs: 60_000 } },
      now: () => new Date(Date.now() + clockOffsetMs),
    });
    cast = await signedInCast(t.app, t.database.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  const login = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/auth/login', payload: { email, password } });

  it('signs in by email (any case) and password, with roles and an access token that works', async () => {
    await addPerson(t.database.db, {
      name: 'Grace Hopper',
      email: 'grace@school.test',
      canLogIn: true,
      staff: true,
    });
    const res = await login('Grace@School.TEST', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const session = SessionTokens.parse(res.json());
    expect(session.roles).toEqual(['borrower', 'staff']);
    expect(session.person.email).toBe('grace@school.test');
    const me = await t.app.inject({
      method: 'GET',
      url: '/auth/me',
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    expect(Me.parse(me.json()).person.name).toBe('Grace Hopper');
    const audit = await t.database.db
      .select()
      .from(auditEntry)
      .where(eq(auditEntry.entityId, session.person.id));
    expect(audit.map((a) => a.action)).toContain('auth.sign_in');
  });

  it('refuses a wrong password and someone whose "can log in" is off, with the same answer', async () => {
    await addPerson(t.database.db, { name: 'No Login', email: 'nologin@school.test', canLogIn: false });
    const wrong = await login('grace@school.test', 'not the password');
    const never = await login('nologin@school.test', TEST_PASSWORD);
    const nobody = await login('nobody@school.test', TEST_PASSWORD);
    for (const res of [wrong, never, nobody]) {
      expect(res.statusCode).toBe(401);
      expect(errorCode(res.body)).toBe('unauthenticated');
    }
    expect(never.json()).toEqual(wrong.json());
    const failures = await t.database.db
      .select()
      .from(auditEntry)
      .where(eq(auditEntry.action, 'auth.sign_in_failed'));
    expect(failures.length).toBeGreaterThanOrEqual(3);
  });

  it('rate limits repeated sign-in attempts for one account', async () => {
    await addPerson(t.database.db, { name: 'Target', email: 'target@school.test', canLogIn: true });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login('target@school.test', `guess ${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const limited = await login('target@school.test', TEST_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(errorCode(limited.body)).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('answers 400 for a malformed sign-in', async () => {
    const res = await login('not-an-email', '');
    expect(res.statusCode).toBe(400);
    const body = ApiErrorBody.parse(res.json());
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details).toMatchObject({ issues: expect.any(Array) });
  });

  it('refreshes a session once per refresh token and ends it on logout', async () => {
    const first = await signIn(t.app, 'grace@school.test');
    const refresh = (token: string) =>
      t.app.inject({ method: 'POST', url: '/auth/refresh', payload: { refreshToken: token } });
    const second = await refresh(first.refreshToken);
    expect(second.statusCode).toBe(200);
    const renewed = SessionTokens.parse(second.json());
    expect(renewed.refreshToken).not.toBe(first.refreshToken);
    expect((await refresh(first.refreshToken)).statusCode).toBe(401);
    const out = await t.app.inject({
      method: 'POST',
      url: '/auth/logout',
      payload: { refreshToken: renewed.refreshToken },
    });
    expect(out.statusCode).toBe(204);
    expect((await refresh(renewed.refreshToken)).statusCode).toBe(401);
    expect((await refresh('x')).statusCode).toBe(400);
  });

  it('refuses missing, forged and expired access tokens', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/auth/me' });
    expect(none.statusCode).toBe(401);
    const forged = await t.app.inject({
      method: 'GET',
      url: '/auth/me',
      headers: { authorization: `Bearer ${cast.admin.token.slice(0, -3)}abc` },
    });
    expect(forged.statusCode).toBe(401);
    const session = await signIn(t.app, 'grace@school.test');
    const me = () =>
      t.app.inject({
        method: 'GET',
        url: '/auth/me',
        headers: { authorization: `Bearer ${session.accessToken}` },
      });
    expect((await me()).statusCode).toBe(200);
    clockOffsetMs = (session.expiresIn + 1) * 1000;
    try {
      const expired = await me();
      expect(expired.statusCode).toBe(401);
      expect(ApiErrorBody.parse(expired.json()).error.message).toMatch(/expired/);
    } finally {
      clockOffsetMs = 0;
    }
  });

  it('lets an admin set a password, which ends that person’s sessions; staff may not', async () => {
    const p = await addPerson(t.database.db, { name: 'Pat', email: 'pat@school.test', canLogIn: true });
    const session = await signIn(t.app, 'pat@school.test');
    const set = (auth: Record<string, string>, password: string, id = p.id) =>
      t.app.inject({ method: 'PUT', url: `/people/${id}/password`, headers: auth, payload: { password } });
    expect((await set(cast.staff.auth, 'a long new passphrase')).statusCode).toBe(403);
    expect((await set(cast.admin.auth, 'short')).statusCode).toBe(400);
    expect(
      (await set(cast.admin.auth, 'a long new passphrase', '7f3a1c2e-0000-4000-8000-000000000000'))
        .statusCode,
    ).toBe(404);
    expect((await set(cast.admin.auth, 'a long new passphrase')).statusCode).toBe(204);
    expect((await login('pat@school.test', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login('pat@school.test', 'a long new passphrase')).statusCode).toBe(200);
    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/auth/refresh',
      payload: { refreshToken: session.refreshToken },
    });
    expect(refreshed.statusCode).toBe(401);
  });

  it('a borrower may see their own account but not the staff routes', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/auth/me', headers: cast.borrower.auth })).statusCode,
    ).toBe(200);
    const res = await t.app.inject({ method: 'GET', url: '/kiosks', headers: cast.borrower.auth });
    expect(res.statusCode).toBe(403);
    expect(errorCode(res.body)).toBe('forbidden');
  });

  it('creates the first admin from the operator’s settings only when there is none, never with a short password', async () => {
    expect(await ensureFirstAdmin(t.database.db, null)).toBe('exists');
    await expect(
      createAdmin(t.database.db, { email: 'weak@school.test', name: 'Weak', password: 'short' }),
    ).rejects.toThrow(/at least 10/);
    const { created } = await createAdmin(t.database.db, {
      email: 'pat@school.test',
      name: 'ignored',
      password: 'operator chosen phrase',
    });
    expect(created).toBe(false);
    const session = await signIn(t.app, 'pat@school.test', 'operator chosen phrase');
    expect(session.roles).toEqual(['borrower', 'staff', 'admin']);
  });
});

describe('the first admin on an empty database', () => {
  it('is created from the environment values and can sign in', async () => {
    const t = await startTestApp('pglite');
    expect(await ensureFirstAdmin(t.database.db, null)).toBe('none');
    // An admin who may not sign in (as in the demo school) administers nothing.
    await addPerson(t.database.db, { name: 'Head of AV', isAdmin: true, staff: true, canLogIn: false });
    expect(await ensureFirstAdmin(t.database.db, null)).toBe('none');
    const account = {
      email: 'head.of.av@school.test',
      name: 'Head of AV',
      password: 'a phrase from the operator',
    };
    expect(await ensureFirstAdmin(t.database.db, account)).toBe('created');
    expect((await signIn(t.app, account.email, account.password)).roles).toContain('admin');
    await t.close();
  });
});
