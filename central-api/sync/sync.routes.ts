import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChangesPage, ChangesQuery } from '../../domain/sync/changes.js';
import { PushRequest, PushResponse } from '../../domain/sync/events.js';
import { KitdeskError } from '../../domain/errors.js';
import type { RouteOptions } from '../app-context.js';
import { actorOf } from '../auth/authenticate.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { changesAfter } from './changes.service.js';
import { applyEvents } from './events.service.js';

export const syncRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/sync/changes',
    {
      config: { access: 'sync.pull' },
      schema: {
        summary: 'Rows and tombstones changed after a cursor, a page at a time',
        description:
          'Apply the page and store `cursor` in one transaction, then ask again with `after=cursor` while `remaining` > 0.',
        tags: ['sync'],
        querystring: ChangesQuery,
        response: { 200: ChangesPage, ...errorResponses(...signedInErrors) },
      },
    },
    // An admin may read the feed from a browser: only an enrolled kiosk is sent staff PINs' hashes.
    async (req) => changesAfter(ctx, req.query, { staffPins: actorOf(req).kind === 'kiosk' }),
  );

  app.post(
    '/sync/events',
    {
      config: { access: 'sync.push' },
      // A full batch of 500 events with long notes is larger than Fastify's 1 MiB default.
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        summary: "Apply a batch of a kiosk's events: applied, duplicate or rejected, one answer per event",
        tags: ['sync'],
        body: PushRequest,
        response: { 200: PushResponse, ...errorResponses(...signedInErrors) },
      },
    },
    async (req) => {
      const kiosk = actorOf(req);
      if (kiosk.kind !== 'kiosk')
        throw new KitdeskError('forbidden', 'Only an enrolled kiosk sends kiosk events.');
      return { results: await applyEvents(ctx, kiosk, req.body.events) };
    },
  );
};
