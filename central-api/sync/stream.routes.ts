import type { ServerResponse } from 'node:http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ChangeNudge } from '../../domain/sync/changes.js';
import type { RouteOptions } from '../app-context.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';

/** Proxies drop connections that stay silent; a comment line now and then keeps the stream open. */
const KEEP_ALIVE_MS = 15_000;

export const streamRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  const open = new Set<ServerResponse>();
  // Streams never end by themselves: end them so a shutdown (or a test) is not held open.
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
  });

  app.get(
    '/sync/stream',
    {
      config: { access: 'sync.pull' },
      schema: {
        summary: 'Server-sent events: `change` with `{latest}` whenever the change sequence moves on',
        description:
          'Sends the current number at once, then each newer one, whichever API replica made the change ' +
          '(PostgreSQL LISTEN/NOTIFY). Pull `GET /sync/changes` when `latest` passes your cursor.',
        tags: ['sync'],
        produces: ['text/event-stream'],
        response: {
          200: z.string().describe('text/event-stream of `event: change` messages whose data is ChangeNudge'),
          ...errorResponses(...signedInErrors),
        },
      },
    },
    (req, reply) => {
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      const nudge = (latest: number) => {
        const data: ChangeNudge = { latest };
        res.write(`event: change\ndata: ${JSON.stringify(data)}\n\n`);
      };
      res.write('retry: 3000\n\n');
      nudge(ctx.changes.latest);
      const unsubscribe = ctx.changes.subscribe(nudge);
      const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
      open.add(res);
      req.raw.on('close', () => {
        clearInterval(keepAlive);
        unsubscribe();
        open.delete(res);
      });
    },
  );
};
