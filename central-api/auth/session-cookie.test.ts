import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieSession, CsrfToken, Me, SessionTokens } from '../../domain/api/auth.js';
import { ApiErrorBody } from '../../domain/api-error.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { createAdmin } from './first-admin.js';

const ADMIN = { email: 'cookie.admin@school.test', name: 'Cookie Admin', password: 'a-long-test-password' };

type Cookie = {
  name: string;
  value: string;
  httpOnly?: boolean;
  sameSite?: string;
  path?: string;
  secure?: boolean;
};
const cookieNamed = (res: LightMyRequestResponse, name: string) =>
  (res.cookies as Cookie[]).find((c) => c.name === name);

describe.each(databaseKinds)('cookie-mode sessions for the browser console on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    await createAdmin(t.database.db, ADMIN);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A browser's first visit: the CSRF secret cookie and the token to send with it. */
  async function csrf(headers: Record<string, string> = {}) {
    const res = await t.app.inject({ method: 'GET', url: '/auth/csrf', headers });
    const secret = cookieNamed(res, 'kitdesk_csrf')!;
    return { res, secret, token: CsrfToken.parse(res.json()).csrfToken };
  }

  async function cookieSignIn(headers: Record<string, string> = {}) {
    const { secret, token } = await csrf(headers);
    const res = await t.app.inject({
      method: 'POST',
      url: '/auth/login?refresh=cookie',
      headers: { ...headers, 'x-csrf-token': token },
      cookies: { kitdesk_csrf: secret.value },
      payload: { email: ADMIN.email, password: ADMIN.password },
    });
    return { res, secret, token };
  }

  it('keeps the CSRF secret in an HttpOnly, SameSite=Strict cookie scoped to /auth', async () => {
    const { res, secret, token } = await csrf();
    expect(res.statusCode).toBe(200);
    expect(token.length).toBeGreaterThan(16);
    expect(secret).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth' });
  });

  it('signs in with the refresh token in an HttpOnly, SameSite=Strict cookie, not in the answer', async () => {
    const { res } = await cookieSignIn();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).not.toHaveProperty('refreshToken');
    expect(CookieSession.parse(body).roles).toContain('admin');
    const refresh = cookieNamed(res, 'kitdesk_refresh');
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth' });
    expect(refresh?.secure).toBeFalsy();
    expect(refresh?.value).toMatch(/^kdr_/);
  });

  it('marks the cookies Secure when a proxy says the browser came over HTTPS', async () => {
    const { res, secret } = await cookieSignIn({ 'x-forwarded-proto': 'https' });
    expect(res.statusCode).toBe(200);
    expect(secret.secure).toBe(true);
    expect(cookieNamed(res, 'kitdesk_refresh')?.secure).toBe(true);
  });

  it('refuses a cookie-mode sign-in, refresh or sign-out without the CSRF token', async () => {
    const { res: signedIn, secret } = await cookieSignIn();
    const refresh = cookieNamed(signedIn, 'kitdesk_refresh')!.value;
    const attempts = [
      { url: '/auth/login?refresh=cookie', payload: { email: ADMIN.email, password: ADMIN.password } },
      { url: '/auth/refresh?refresh=cookie', payload: {} },
      { url: '/auth/logout?refresh=cookie', payload: {} },
    ];
    for (const attempt of attempts) {
      const res = await t.app.inject({
        method: 'POST',
        ...attempt,
        cookies: { kitdesk_csrf: secret.value, kitdesk_refresh: refresh },
      });
      expect(res.statusCode, attempt.url).toBe(403);
      const { error } = ApiErrorBody.parse(res.json());
      expect(error.code).toBe('forbidden');
      expect(error.message).toContain('Reload the page');
    }
    const forged = await t.app.inject({
      method: 'POST',
      url: '/auth/refresh?refresh=cookie',
      headers: { 'x-csrf-token': 'not-the-token' },
      cookies: { kitdesk_csrf: secret.value, kitdesk_refresh: refresh },
      payload: {},
    });
    expect(forged.statusCode).toBe(403);
  });

  it('renews the session through the cookie, once per token, and signs out by clearing it', async () => {
    const { res: signedIn, secret, token } = await cookieSignIn();
    const first = cookieNamed(signedIn, 'kitdesk_refresh')!.value;
    const refresh = (value: string) =>
      t.app.inject({
        method: 'POST',
        url: '/auth/refresh?refresh=cookie',
        headers: { 'x-csrf-token': token },
        cookies: { kitdesk_csrf: secret.value, kitdesk_refresh: value },
        payload: {},
      });
    const renewed = await refresh(first);
    expect(renewed.statusCode).toBe(200);
    const session = CookieSession.parse(renewed.json());
    const me = await t.app.inject({
      method: 'GET',
      url: '/auth/me',
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    expect(Me.parse(me.json()).person.email).toBe(ADMIN.email);
    const second = cookieNamed(renewed, 'kitdesk_refresh')!.value;
    expect(second).not.toBe(first);
    expect((await refresh(first)).statusCode).toBe(401);

    const out = await t.app.inject({
      method: 'POST',
      url: '/auth/logout?refresh=cookie',
      headers: { 'x-csrf-token': token },
      cookies: { kitdesk_csrf: secret.value, kitdesk_refresh: second },
      payload: {},
    });
    expect(out.statusCode).toBe(204);
    expect(cookieNamed(out, 'kitdesk_refresh')?.value).toBe('');
    expect((await refresh(second)).statusCode).toBe(401);
  });

  it('a cookie-mode refresh with no cookie says to sign in again', async () => {
    const { secret, token } = await csrf();
    const res = await t.app.inject({
      method: 'POST',
      url: '/auth/refresh?refresh=cookie',
      headers: { 'x-csrf-token': token },
      cookies: { kitdesk_csrf: secret.value },
      payload: {},
    });
    expect(res.statusCode).toBe(401);
    expect(ApiErrorBody.parse(res.json()).error.message).toContain('Sign in again');
  });

  it('leaves the kiosk’s body-mode flow as it was: no cookies, no CSRF token', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: ADMIN.email, password: ADMIN.password },
    });
    expect(login.statusCode).toBe(200);
    expect(login.cookies).toEqual([]);
    const { refreshToken } = SessionTokens.parse(login.json());
    const refreshed = await t.app.inject({ method: 'POST', url: '/auth/refresh', payload: { refreshToken } });
    expect(refreshed.statusCode).toBe(200);
    const next = SessionTokens.parse(refreshed.json());
    const missing = await t.app.inject({ method: 'POST', url: '/auth/refresh', payload: {} });
    expect(missing.statusCode).toBe(400);
    const out = await t.app.inject({
      method: 'POST',
      url: '/auth/logout',
      payload: { refreshToken: next.refreshToken },
    });
    expect(out.statusCode).toBe(204);
  });
});
