import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditVerification, HistoryPage } from '../../domain/api/audit.js';
import { IdParams, PageQuery } from '../../domain/api/pagination.js';
import type { RouteOptions } from '../app-context.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { historyOf, verifyAuditChain } from './audit.service.js';

const HistoryQuery = PageQuery.omit({ q: true });

export const auditRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/audit/verify',
    {
      config: { access: 'audit.verify' },
      schema: {
        summary: 'Recompute the audit hash chain and report the first entry that was tampered with',
        tags: ['audit'],
        response: { 200: AuditVerification, ...errorResponses(...signedInErrors) },
      },
    },
    async () => verifyAuditChain(ctx.db),
  );

  for (const [path, what] of [
    ['/assets/:id/history', 'an asset'],
    ['/people/:id/history', 'a person'],
  ] as const) {
    app.get(
      path,
      {
        config: { access: 'history.read' },
        schema: {
          summary: `Everything that happened to ${what}, newest first`,
          tags: ['audit'],
          params: IdParams,
          querystring: HistoryQuery,
          response: { 200: HistoryPage, ...errorResponses(...signedInErrors) },
        },
      },
      async (req) => historyOf(ctx.db, req.params.id, req.query.page, req.query.pageSize),
    );
  }
};
