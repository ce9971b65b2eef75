import { z } from 'zod';
import { CookieSession, CSRF_HEADER, CsrfToken } from '../../domain/api/auth.js';
import { requestJson } from './http.js';

/**
 * The console's sign-in calls, all in cookie mode: the refresh token lives in an HttpOnly cookie the page
 * cannot read, and each call carries this browser's CSRF token.
 */
export const sessionApi = {
  async csrfToken(): Promise<string> {
    return (await requestJson(CsrfToken, { method: 'GET', path: '/auth/csrf' })).csrfToken;
  },
  signIn(csrf: string, email: string, password: string): Promise<CookieSession> {
    return requestJson(CookieSession, {
      method: 'POST',
      path: '/auth/login?refresh=cookie',
      body: { email, password },
      headers: { [CSRF_HEADER]: csrf },
    });
  },
  refresh(csrf: string): Promise<CookieSession> {
    return requestJson(CookieSession, {
      method: 'POST',
      path: '/auth/refresh?refresh=cookie',
      body: {},
      headers: { [CSRF_HEADER]: csrf },
    });
  },
  async signOut(csrf: string): Promise<void> {
    await requestJson(z.null(), {
      method: 'POST',
      path: '/auth/logout?refresh=cookie',
      body: {},
      headers: { [CSRF_HEADER]: csrf },
    });
  },
};
export type SessionApi = typeof sessionApi;
