import fastifyCookie from '@fastify/cookie';
import fastifyCsrfProtection from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import type {
  CookieSession,
  RefreshBody,
  RefreshTransportQuery,
  SessionTokens,
} from '../../domain/api/auth.js';
import { CSRF_HEADER } from '../../domain/api/auth.js';
import { KitdeskError } from '../../domain/errors.js';

/** Only the sign-in routes read the cookies, so no other request carries them. */
const AUTH_PATH = '/auth';
const REFRESH_COOKIE = 'kitdesk_refresh';
const CSRF_COOKIE = 'kitdesk_csrf';
type RefreshMode = RefreshTransportQuery['refresh'];
const SESSION_ENDED = 'This session has ended or was signed out. Sign in again.';

/**
 * Whether the browser reached us over HTTPS, directly or through a proxy that says so: a Secure cookie is
 * then never sent back over plain HTTP. On plain HTTP (a school LAN, or localhost) it could not be set.
 */
function cameOverHttps(req: FastifyRequest): boolean {
  const forwarded = req.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return req.protocol === 'https' || first === 'https';
}

function cookieOptions(req: FastifyRequest) {
  return { path: AUTH_PATH, httpOnly: true, sameSite: 'strict' as const, secure: cameOverHttps(req) };
}

/** Cookies and the double-submit CSRF check (a secret in a cookie, a token from it in a header). */
export async function registerSessionCookies(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifyCsrfProtection, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: AUTH_PATH, httpOnly: true, sameSite: 'strict' },
    getToken: (req) => {
      const token = req.headers[CSRF_HEADER];
      return Array.isArray(token) ? token[0] : token;
    },
  });
}

/** A CSRF token for this browser, setting its secret cookie the first time. */
export function csrfTokenFor(req: FastifyRequest, reply: FastifyReply): string {
  return reply.generateCsrf(cookieOptions(req));
}

/** Before a cookie-mode sign-in, refresh or sign-out: refuse it unless it carries this browser's CSRF token. */
export function csrfWhenCookieMode(app: FastifyInstance): preHandlerHookHandler {
  return function checkCsrf(req, reply, done) {
    if ((req.query as RefreshTransportQuery).refresh !== 'cookie') return done();
    return app.csrfProtection(req, reply, done);
  };
}

/** The refresh token a refresh or sign-out presents: from the cookie in cookie mode, else from the body. */
export function presentedRefreshToken(
  req: FastifyRequest,
  mode: RefreshMode,
  body: RefreshBody,
): string | undefined {
  return mode === 'cookie' ? req.cookies[REFRESH_COOKIE] : body.refreshToken;
}

/** A refresh needs a token: a cookie-mode browser without one has no session to renew. */
export function requiredRefreshToken(req: FastifyRequest, mode: RefreshMode, body: RefreshBody): string {
  const token = presentedRefreshToken(req, mode, body);
  if (token) return token;
  if (mode === 'cookie') throw new KitdeskError('unauthenticated', SESSION_ENDED);
  throw new KitdeskError(
    'validation_failed',
    'The request body is not valid (refreshToken: is required). Send the refresh token of your session.',
  );
}

/**
 * The answer to a sign-in or refresh: in cookie mode the refresh token goes into its cookie and leaves the
 * body, so the page never holds it.
 */
export function answerSession(
  req: FastifyRequest,
  reply: FastifyReply,
  mode: RefreshMode,
  session: SessionTokens,
): SessionTokens | CookieSession {
  if (mode !== 'cookie') return session;
  const { refreshToken, ...rest } = session;
  reply.setCookie(REFRESH_COOKIE, refreshToken, {
    ...cookieOptions(req),
    expires: new Date(session.refreshExpiresAt),
  });
  return rest;
}

export function clearRefreshCookie(req: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(REFRESH_COOKIE, cookieOptions(req));
}
