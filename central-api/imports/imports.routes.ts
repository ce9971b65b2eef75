import { pipeline, Readable, Transform } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ImportKind, ImportQuery, ImportReport } from '../../domain/api/imports.js';
import { KitdeskError } from '../../domain/errors.js';
import type { RouteOptions } from '../app-context.js';
import { auditActorOf } from '../auth/actor.js';
import { actorOf } from '../auth/authenticate.js';
import { sendCsv } from '../http/csv-reply.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { assetColumns } from './asset-rows.js';
import { assetsImporter } from './assets-import.service.js';
import { templateHeaders } from './import-columns.js';
import { runImport } from './import-runner.js';
import { peopleImporter } from './people-import.service.js';
import { personColumns } from './people-rows.js';

export const CSV_TYPES = ['text/csv', 'application/csv'];

/** The file as it streams in; OpenAPI shows it as text. */
const CsvStream = z.instanceof(Readable).meta({ type: 'string', format: 'binary' });

const tooLarge = (maxBytes: number) =>
  new KitdeskError(
    'validation_failed',
    `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB: split it and import the parts one by one.`,
  );

/** What the CSV parser is handed at a time, so it parses no faster than the import takes the rows. */
const SLICE_BYTES = 64 * 1024;

/**
 * The upload, refused once it passes `maxBytes`, in slices the parser takes one by one: the file is read
 * as it arrives, never held whole (a body handed over in one piece, as `inject` does, included).
 */
function limited(upload: Readable, maxBytes: number): Readable {
  let bytes = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      bytes += chunk.length;
      if (bytes > maxBytes) return next(tooLarge(maxBytes));
      for (let at = 0; at < chunk.length; at += SLICE_BYTES) this.push(chunk.subarray(at, at + SLICE_BYTES));
      next();
    },
  });
  // Whichever side fails, the other is destroyed with it; the import sees the error on `counted`.
  pipeline(upload, counted, () => undefined);
  return counted;
}

const description = (keys: string) =>
  `Send the file as a \`text/csv\` body with a header row. Without \`commit=true\` it is a dry run. The ` +
  `first 1,000 problems are listed by line and column, \`problemCount\` counts them all; with any problem nothing changes. Rows are matched to what ` +
  `exists by ${keys}, so importing the same file again changes nothing.`;

export const importRoutes: FastifyPluginAsyncZod<RouteOptions & { maxBytes: number }> = async (
  app,
  { ctx, maxBytes },
) => {
  app.addContentTypeParser(CSV_TYPES, (req, upload, done) => {
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) done(tooLarge(maxBytes), undefined);
    else done(null, limited(upload, maxBytes));
  });
  const schema = (summary: string, keys: string) => ({
    summary,
    description: description(keys),
    tags: ['imports'],
    consumes: CSV_TYPES,
    querystring: ImportQuery,
    body: CsvStream,
    response: { 200: ImportReport, ...errorResponses(...signedInErrors, 409) },
  });

  const templates: Record<ImportKind, string[]> = {
    people: templateHeaders(personColumns),
    assets: templateHeaders(assetColumns),
  };
  app.get(
    '/imports/:kind/template',
    {
      config: { access: 'catalogue.read' },
      schema: {
        summary: 'An empty CSV headed with the columns the import reads, to fill in',
        tags: ['imports'],
        params: z.object({ kind: ImportKind }),
        response: {
          200: {
            description: 'A header row and nothing else',
            content: { 'text/csv': { schema: z.string() } },
          },
          ...errorResponses(...signedInErrors),
        },
      },
    },
    async (req, reply) =>
      sendCsv(reply, `${req.params.kind}-template.csv`, { columns: templates[req.params.kind], rows: [] }),
  );

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
