import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ImportQuery, ImportReport } from '../../domain/api/imports.js';
import type { RouteOptions } from '../app-context.js';
import { auditActorOf } from '../auth/actor.js';
import { actorOf } from '../auth/authenticate.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { assetsImporter } from './assets-import.service.js';
import { runImport } from './import-runner.js';
import { peopleImporter } from './people-import.service.js';

export const CSV_TYPES = ['text/csv', 'application/csv'];

const description = (keys: string) =>
  `Send the file as a \`text/csv\` body with a header row. Without \`commit=true\` it is a dry run. Every ` +
  `problem is reported by line and column; with any problem nothing changes. Rows are matched to what ` +
  `exists by ${keys}, so importing the same file again changes nothing.`;

export const importRoutes: FastifyPluginAsyncZod<RouteOptions & { maxBytes: number }> = async (
  app,
  { ctx, maxBytes },
) => {
  app.addContentTypeParser(CSV_TYPES, { parseAs: 'string', bodyLimit: maxBytes }, (_req, body, done) =>
    done(null, body),
  );
  const schema = (summary: string, keys: string) => ({
    summary,
    description: description(keys),
    tags: ['imports'],
    consumes: CSV_TYPES,
    querystring: ImportQuery,
    body: z.string(),
    response: { 200: ImportReport, ...errorResponses(...signedInErrors, 409) },
  });

  app.post(
    '/imports/people',
    {
      config: { access: 'people.bulk' },
      bodyLimit: maxBytes,
      schema: schema('Check or import pupils and staff from a CSV file', 'email, then RFID card or barcode'),
    },
    async (req) => runImport(ctx, auditActorOf(actorOf(req)), peopleImporter, req.body, req.query.commit),
  );

  app.post(
    '/imports/assets',
    {
      config: { access: 'catalogue.write' },
      bodyLimit: maxBytes,
      schema: schema('Check or import assets from a CSV file', 'barcode, then serial number'),
    },
    async (req) => runImport(ctx, auditActorOf(actorOf(req)), assetsImporter, req.body, req.query.commit),
  );
};
