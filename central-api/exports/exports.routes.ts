import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ExportTable } from '../../domain/api/imports.js';
import type { AppContext, RouteOptions } from '../app-context.js';
import { CSV_CONTENT_TYPE, csvCell } from '../http/csv-reply.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { catalogueExports, peopleExport, type ExportSource } from './export-tables.js';

const csvResponse = {
  200: {
    description: 'The table as CSV, a header row first',
    content: { 'text/csv': { schema: z.string() } },
  },
  ...errorResponses(...signedInErrors),
};

async function* recordsOf(ctx: AppContext, source: ExportSource): AsyncGenerator<string[]> {
  yield [...source.columns];
  for (let afterId: string | null = null; ;) {
    const page = await source.page(ctx.db, afterId);
    for (const row of page) yield row.cells.map(csvCell);
    if (page.length === 0) return;
    afterId = page.at(-1)!.id;
  }
}

/** Stream a table out as it is read, so a hundred thousand assets never sit in memory at once. */
function sendExport(ctx: AppContext, reply: FastifyReply, name: string, source: ExportSource): FastifyReply {
  const csv = Readable.from(recordsOf(ctx, source)).pipe(stringify());
  return reply
    .header('content-type', CSV_CONTENT_TYPE)
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .send(csv);
}

export const exportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/exports/people',
    {
      config: { access: 'people.bulk' },
      schema: {
        summary: 'Every person as CSV, in the columns the people import reads',
        tags: ['imports'],
        response: csvResponse,
      },
    },
    async (_req, reply) => sendExport(ctx, reply, 'people', peopleExport),
  );

  app.get(
    '/exports/:table',
    {
      config: { access: 'catalogue.read' },
      schema: {
        summary: 'A catalogue table as CSV (assets in the columns the asset import reads)',
        tags: ['imports'],
        params: z.object({ table: ExportTable }),
        response: csvResponse,
      },
    },
    async (req, reply) => sendExport(ctx, reply, req.params.table, catalogueExports[req.params.table]),
  );
};
