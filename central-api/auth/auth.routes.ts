import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CookieSession,
  CsrfToken,
  Me,
  RefreshBody,
  RefreshTransportQuery,
  SessionTokens,
  SetPasswordRequest,
  SignInRequest,
} from '../../domain/api/auth.js';
import { IdParams } from '../../domain/api/pagination.js';
import { KitdeskError } from '../../domain/errors.js';
import type { RouteOptions } from '../app-context.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { actorOf } from './authenticate.js';
import { auditActorOf } from './actor.js';
import { setPassword } from './password.service.js';
import { refreshSession, signIn, signOut, whoIs } from './sessions.service.js';
import {
  answerSession,
  clearRefreshCookie,
  csrfTokenFor,
  csrfWhenCookieMode,
  presentedRefreshToken,
  requiredRefreshToken,
} from './session-cookie.js';

/** A body-mode answer carries the refresh token; a cookie-mode one leaves it in the cookie. */
const SessionAnswer = z.union([SessionTokens, CookieSession]);

export type SignInLimit = { max: number; windowMs: number };

export const authRoutes: FastifyPluginAsyncZod<RouteOptions & { signInLimit: SignInLimit }> = async (
  app,
  { ctx, signInLimit },
) => {
  const checkCsrf = csrfWhenCookieMode(app);

  app.get(
    '/auth/csrf',
    {
      config: { access: 'public' },
      schema: {
        summary: 'A CSRF token for cookie-mode sign-in, refresh and sign-out (the browser console)',
        tags: ['auth'],
        response: { 200: CsrfToken },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return { csrfToken: csrfTokenFor(req, reply) };
    },
  );

  app.post(
    '/auth/login',
    {
      preHandler: checkCsrf,
      config: {
        access: 'public',
        // Counted per client address and account after the body is read, so guessing one account's password
        // is slow from anywhere and one noisy client cannot lock others out.
        rateLimit: {
          max: signInLimit.max,
          timeWindow: signInLimit.windowMs,
          hook: 'preHandler',
          keyGenerator: (req) => `${req.ip}|${String((req.body as { email?: unknown }).email).toLowerCase()}`,
          errorResponseBuilder: (_req, limit) =>
            new KitdeskError('rate_limited', `Too many sign-in attempts. Wait ${limit.after} and try again.`),
        },
      },
      schema: {
        summary: 'Sign in with email and password',
        tags: ['auth'],
        querystring: RefreshTransportQuery,
        body: SignInRequest,
        response: { 200: SessionAnswer, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (req, reply) =>
      answerSession(req, reply, req.query.refresh, await signIn(ctx, req.body.email, req.body.password)),
  );

  app.post(
    '/auth/refresh',
    {
      config: { access: 'public' },
      preHandler: checkCsrf,
      schema: {
        summary: 'Trade a refresh token for a new session',
        tags: ['auth'],
        querystring: RefreshTransportQuery,
        body: RefreshBody,
        response: { 200: SessionAnswer, ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) =>
      answerSession(
        req,
        reply,
        req.query.refresh,
        await refreshSession(ctx, requiredRefreshToken(req, req.query.refresh, req.body)),
      ),
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'public' },
      preHandler: checkCsrf,
      schema: {
        summary: 'End the session of a refresh token',
        tags: ['auth'],
        querystring: RefreshTransportQuery,
        body: RefreshBody,
        response: { 204: z.null(), ...errorResponses(400, 403) },
      },
    },
    async (req, reply) => {
      if (req.query.refresh === 'cookie') clearRefreshCookie(req, reply);
      const mode = req.query.refresh;
      const token =
        mode === 'cookie'
          ? presentedRefreshToken(req, mode, req.body)
          : requiredRefreshToken(req, mode, req.body);
      if (token) await signOut(ctx, token);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'account.read' },
      schema: {
        summary: 'Who this access token belongs to',
        tags: ['auth'],
        response: { 200: Me, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req) => whoIs(ctx, actorOf(req).id),
  );

  app.put(
    '/people/:id/password',
    {
      config: { access: 'people.manage_access' },
      schema: {
        summary: "Set a person's password and end their sessions",
        tags: ['auth', 'people'],
        params: IdParams,
        body: SetPasswordRequest,
        response: { 204: z.null(), ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req, reply) => {
      await setPassword(ctx, auditActorOf(actorOf(req)), req.params.id, req.body.password);
      return reply.status(204).send(null);
    },
  );
};
