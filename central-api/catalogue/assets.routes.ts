import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AssetDetail,
  AssetsPage,
  AssetsQuery,
  CreateAssetRequest,
  DisposeAssetRequest,
  UpdateAssetRequest,
} from '../../domain/api/assets.js';
import { IdParams } from '../../domain/api/pagination.js';
import type { RouteOptions } from '../app-context.js';
import { auditActorOf } from '../auth/actor.js';
import { actorOf } from '../auth/authenticate.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { listAssets } from './asset-list.service.js';
import { createAsset, disposeAsset, getAsset, updateAsset } from './assets.service.js';

export const assetRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/assets',
    {
      config: { access: 'catalogue.read' },
      schema: {
        summary: 'Assets, a page at a time, searched and filtered',
        tags: ['assets'],
        querystring: AssetsQuery,
        response: { 200: AssetsPage, ...errorResponses(...signedInErrors) },
      },
    },
    async (req) => listAssets(ctx, req.query),
  );

  app.get(
    '/assets/:id',
    {
      config: { access: 'catalogue.read' },
      schema: {
        summary: 'One asset',
        tags: ['assets'],
        params: IdParams,
        response: { 200: AssetDetail, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req) => getAsset(ctx.db, req.params.id),
  );

  app.post(
    '/assets',
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: 'Add an asset',
        tags: ['assets'],
        body: CreateAssetRequest,
        response: { 201: AssetDetail, ...errorResponses(...signedInErrors, 409) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createAsset(ctx, auditActorOf(actorOf(req)), req.body)),
  );

  app.patch(
    '/assets/:id',
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: 'Change an asset',
        description:
          'Send `expectedUpdatedAt` (the `updatedAt` you read) to be refused with 409 `edit_conflict`, naming who changed it and when, if someone saved it since.',
        tags: ['assets'],
        params: IdParams,
        body: UpdateAssetRequest,
        response: { 200: AssetDetail, ...errorResponses(...signedInErrors, 404, 409) },
      },
    },
    async (req) => updateAsset(ctx, auditActorOf(actorOf(req)), req.params.id, req.body),
  );

  app.post(
    '/assets/:id/dispose',
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: 'Dispose of an asset: it can never be lent again',
        tags: ['assets'],
        params: IdParams,
        body: DisposeAssetRequest,
        response: { 200: AssetDetail, ...errorResponses(...signedInErrors, 404, 409) },
      },
    },
    async (req) => disposeAsset(ctx, auditActorOf(actorOf(req)), req.params.id, req.body),
  );
};
