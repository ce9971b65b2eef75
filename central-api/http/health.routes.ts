import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthResponse } from '../../domain/api/health.js';
import { KitdeskError } from '../../domain/errors.js';
import type { RouteOptions } from '../app-context.js';
import { errorResponses } from './error-responses.js';

export const healthRoutes: FastifyPluginAsyncZod<RouteOptions & { version: string }> = async (
  app,
  { ctx, version },
) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Whether the API and its database answer',
        tags: ['service'],
        response: { 200: HealthResponse, ...errorResponses(503) },
      },
    },
    async () => {
      try {
        await ctx.db.execute(sql`select 1`);
      } catch {
        throw new KitdeskError(
          'unavailable',
          'The database is not answering. Check that PostgreSQL is running.',
        );
      }
      return { status: 'ok' as const, database: ctx.database.kind, version };
    },
  );

  app.get(
    '/openapi.json',
    {
      config: { access: 'public' },
      schema: { summary: 'This OpenAPI 3 document', tags: ['service'], hide: true },
    },
    async () => app.swagger(),
  );
};
