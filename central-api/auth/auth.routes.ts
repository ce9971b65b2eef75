import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Me,
  RefreshRequest,
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

export type SignInLimit = { max: number; windowMs: number };

export const authRoutes: FastifyPluginAsyncZod<RouteOptions & { signInLimit: SignInLimit }> = async (
  app,
  { ctx, signInLimit },
) => {
  app.post(
    '/auth/login',
    {
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
        body: SignInRequest,
        response: { 200: SessionTokens, ...errorResponses(400, 401, 429) },
      },
    },
    async (req) => signIn(ctx, req.body.email, req.body.password),
  );

  app.post(
    '/auth/refresh',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Trade a refresh token for a new session',
        tags: ['auth'],
        body: RefreshRequest,
        response: { 200: SessionTokens, ...errorResponses(400, 401) },
      },
    },
    async (req) => refreshSession(ctx, req.body.refreshToken),
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'public' },
      schema: {
        summary: 'End the session of a refresh token',
        tags: ['auth'],
        body: RefreshRequest,
        response: { 204: z.null(), ...errorResponses(400) },
      },
    },
    async (req, reply) => {
      await signOut(ctx, req.body.refreshToken);
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
