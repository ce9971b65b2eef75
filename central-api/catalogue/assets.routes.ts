import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { assetsApi } from '../../domain/api/routes/assets.js';
import type { RouteOptions } from '../app-context.js';
import { auditActorOf } from '../auth/actor.js';
import { actorOf } from '../auth/authenticate.js';
import { serveRoute } from '../http/serve-route.js';
import { listAssets } from './asset-list.service.js';
import { createAsset, disposeAsset, getAsset, updateAsset } from './assets.service.js';

export const assetRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  const read = { config: { access: 'catalogue.read' as const } };
  const write = { config: { access: 'catalogue.write' as const } };

  serveRoute(app, assetsApi.list, read, async (req) => listAssets(ctx, req.query));
  serveRoute(app, assetsApi.get, read, async (req) => getAsset(ctx.db, req.params.id));
  serveRoute(app, assetsApi.create, write, async (req, reply) =>
    reply.status(201).send(await createAsset(ctx, auditActorOf(actorOf(req)), req.body)),
  );
  serveRoute(app, assetsApi.update, write, async (req) =>
    updateAsset(ctx, auditActorOf(actorOf(req)), req.params.id, req.body),
  );
  serveRoute(app, assetsApi.dispose, write, async (req) =>
    disposeAsset(ctx, auditActorOf(actorOf(req)), req.params.id, req.body),
  );
};
