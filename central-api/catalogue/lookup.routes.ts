import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LookupQuery, LookupResult } from '../../domain/api/lookup.js';
import type { RouteOptions } from '../app-context.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { lookUp } from './lookup.service.js';

export const lookupRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/lookup',
    {
      config: { access: 'catalogue.read' },
      schema: {
        summary: 'The asset or person a barcode, RFID or QR value belongs to',
        tags: ['assets', 'people'],
        querystring: LookupQuery,
        response: { 200: LookupResult, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req) => lookUp(ctx.db, req.query.code),
  );
};
