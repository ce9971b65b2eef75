import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreateKioskRequest, KioskEnrolmentCode, KioskView } from '../../domain/api/kiosks.js';
import { IdParams } from '../../domain/api/pagination.js';
import { KitdeskError } from '../../domain/errors.js';
import { EnrolRequest, EnrolResponse, KioskIdentity } from '../../domain/sync/enrolment.js';
import type { RouteOptions } from '../app-context.js';
import { auditActorOf } from '../auth/actor.js';
import type { SignInLimit } from '../auth/auth.routes.js';
import { actorOf } from '../auth/authenticate.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { createKiosk, enrolKiosk, listKiosks, reissueEnrolmentCode, revokeKiosk } from './kiosks.service.js';

export const kioskRoutes: FastifyPluginAsyncZod<RouteOptions & { signInLimit: SignInLimit }> = async (
  app,
  { ctx, signInLimit },
) => {
  app.post(
    '/kiosks',
    {
      config: { access: 'kiosks.manage' },
      schema: {
        summary: 'Register a kiosk and get its one-time enrolment code',
        tags: ['kiosks'],
        body: CreateKioskRequest,
        response: { 201: KioskEnrolmentCode, ...errorResponses(...signedInErrors) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createKiosk(ctx, auditActorOf(actorOf(req)), req.body)),
  );

  app.get(
    '/kiosks',
    {
      config: { access: 'kiosks.manage' },
      schema: {
        summary: 'Every kiosk and whether it is enrolled',
        tags: ['kiosks'],
        response: { 200: z.array(KioskView), ...errorResponses(...signedInErrors) },
      },
    },
    async () => listKiosks(ctx),
  );

  app.post(
    '/kiosks/:id/enrolment-code',
    {
      config: { access: 'kiosks.manage' },
      schema: {
        summary: 'Issue a new one-time enrolment code for a kiosk',
        tags: ['kiosks'],
        params: IdParams,
        response: { 200: KioskEnrolmentCode, ...errorResponses(...signedInErrors, 404, 409) },
      },
    },
    async (req) => reissueEnrolmentCode(ctx, auditActorOf(actorOf(req)), req.params.id),
  );

  app.post(
    '/kiosks/:id/revoke',
    {
      config: { access: 'kiosks.manage' },
      schema: {
        summary: "Revoke a kiosk's credential",
        tags: ['kiosks'],
        params: IdParams,
        response: { 200: KioskView, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req) => revokeKiosk(ctx, auditActorOf(actorOf(req)), req.params.id),
  );

  app.get(
    '/kiosks/me',
    {
      config: { access: 'kiosks.identify' },
      schema: {
        summary: 'Which kiosk this credential belongs to',
        description:
          'A kiosk asks before it moves to a new address for its central API: an answer with its own id means the ' +
          'address serves the school that enrolled it.',
        tags: ['kiosks', 'sync'],
        response: { 200: KioskIdentity, ...errorResponses(...signedInErrors) },
      },
    },
    async (req) => {
      const me = actorOf(req);
      if (me.kind !== 'kiosk')
        throw new KitdeskError('forbidden', 'Only an enrolled kiosk asks which kiosk it is.');
      return { kioskId: me.id, name: me.name, locationId: me.locationId };
    },
  );

  app.post(
    '/kiosks/enrol',
    {
      config: {
        access: 'public',
        rateLimit: {
          max: signInLimit.max,
          timeWindow: signInLimit.windowMs,
          hook: 'preHandler',
          errorResponseBuilder: (_req, limit) =>
            new KitdeskError(
              'rate_limited',
              `Too many enrolment attempts. Wait ${limit.after} and try again.`,
            ),
        },
      },
      schema: {
        summary: 'A kiosk trades its one-time code for its own credential',
        tags: ['kiosks', 'sync'],
        body: EnrolRequest,
        response: { 200: EnrolResponse, ...errorResponses(400, 401, 429) },
      },
    },
    async (req) => enrolKiosk(ctx, req.body.code),
  );
};
