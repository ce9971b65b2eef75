import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../domain/api/pagination.js';
import { ErasureResult, PersonExport, RetentionRun } from '../../domain/api/privacy.js';
import type { RouteOptions } from '../app-context.js';
import { auditActorOf } from '../auth/actor.js';
import { actorOf } from '../auth/authenticate.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { erasePerson } from './erasure.service.js';
import { exportPerson } from './person-export.service.js';
import { runRetention } from './retention.service.js';

export const privacyRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/people/:id/export',
    {
      config: { access: 'privacy.manage' },
      schema: {
        summary: 'Everything held about a person, as one JSON document (a subject access request)',
        tags: ['privacy'],
        params: IdParams,
        response: { 200: PersonExport, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req) => exportPerson(ctx, auditActorOf(actorOf(req)), req.params.id),
  );

  app.post(
    '/people/:id/erase',
    {
      config: { access: 'privacy.manage' },
      schema: {
        summary: 'Erase a person’s personal data, keeping their loans and history under a pseudonym',
        description:
          'Name, email, card numbers and department go from every table, the audit trail included, and the ' +
          'person becomes “Erased person …” everywhere (kiosks too, through sync). Refused while they have loans open.',
        tags: ['privacy'],
        params: IdParams,
        response: { 200: ErasureResult, ...errorResponses(...signedInErrors, 404, 409) },
      },
    },
    async (req) => erasePerson(ctx, auditActorOf(actorOf(req)), req.params.id),
  );

  app.post(
    '/privacy/retention/run',
    {
      config: { access: 'privacy.manage' },
      schema: {
        summary: 'Erase now every pupil who left longer ago than the retention period (it also runs hourly)',
        tags: ['privacy'],
        response: { 200: RetentionRun, ...errorResponses(...signedInErrors) },
      },
    },
    async () => runRetention(ctx),
  );
};
