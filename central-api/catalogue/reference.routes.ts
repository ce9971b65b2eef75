import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, PageQuery } from '../../domain/api/pagination.js';
import {
  AssetTypesPage,
  CreateAssetTypeRequest,
  CreateDisposalTypeRequest,
  CreateLocationRequest,
  DisposalTypesPage,
  LocationsPage,
  UpdateAssetTypeRequest,
  UpdateDisposalTypeRequest,
  UpdateLocationRequest,
} from '../../domain/api/reference.js';
import { AssetType, DisposalType, Location } from '../../domain/model/reference.js';
import type { AppContext, RouteOptions } from '../app-context.js';
import { auditActorOf } from '../auth/actor.js';
import { actorOf } from '../auth/authenticate.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { assetTypeKind, disposalTypeKind, locationKind, type ReferenceKind } from './reference-kinds.js';
import {
  createReference,
  deleteReference,
  getReference,
  listReferences,
  updateReference,
} from './reference.service.js';

type Named = { id: string; name: string };

/**
 * List, read, create, update and delete routes of one reference table. The zod schemas validate and serialise at
 * run time as everywhere; being generic, the handlers name the validated types themselves.
 */
function referenceRoutes<V extends Named, C, U extends object>(
  app: FastifyInstance,
  ctx: AppContext,
  path: string,
  kind: ReferenceKind<V, C, U>,
  schemas: { view: z.ZodType<V>; page: z.ZodType; create: z.ZodType<C>; update: z.ZodType<Partial<U>> },
): void {
  const tags = [path.slice(1)];
  const plural = `${kind.label}s`;
  app.get(
    path,
    {
      config: { access: 'catalogue.read' },
      schema: {
        summary: `The ${plural}, a page at a time, searched by name`,
        tags,
        querystring: PageQuery,
        response: { 200: schemas.page, ...errorResponses(...signedInErrors) },
      },
    },
    async (req) => listReferences(ctx, kind, req.query as PageQuery),
  );
  app.get(
    `${path}/:id`,
    {
      config: { access: 'catalogue.read' },
      schema: {
        summary: `One ${kind.label}`,
        tags,
        params: IdParams,
        response: { 200: schemas.view, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req) => getReference(ctx, kind, (req.params as IdParams).id),
  );
  app.post(
    path,
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: `Add a ${kind.label}`,
        tags,
        body: schemas.create,
        response: { 201: schemas.view, ...errorResponses(...signedInErrors) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createReference(ctx, auditActorOf(actorOf(req)), kind, req.body as C)),
  );
  app.patch(
    `${path}/:id`,
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: `Change a ${kind.label}`,
        tags,
        params: IdParams,
        body: schemas.update,
        response: { 200: schemas.view, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req) =>
      updateReference(
        ctx,
        auditActorOf(actorOf(req)),
        kind,
        (req.params as IdParams).id,
        req.body as Partial<U>,
      ),
  );
  app.delete(
    `${path}/:id`,
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: `Delete a ${kind.label} that nothing uses (409 in_use says what does)`,
        tags,
        params: IdParams,
        response: { 204: z.null(), ...errorResponses(...signedInErrors, 404, 409) },
      },
    },
    async (req, reply) => {
      await deleteReference(ctx, auditActorOf(actorOf(req)), kind, (req.params as IdParams).id);
      return reply.status(204).send(null);
    },
  );
}

export const referenceDataRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  referenceRoutes(app, ctx, '/locations', locationKind, {
    view: Location,
    page: LocationsPage,
    create: CreateLocationRequest,
    update: UpdateLocationRequest,
  });
  referenceRoutes(app, ctx, '/asset-types', assetTypeKind, {
    view: AssetType,
    page: AssetTypesPage,
    create: CreateAssetTypeRequest,
    update: UpdateAssetTypeRequest,
  });
  referenceRoutes(app, ctx, '/disposal-types', disposalTypeKind, {
    view: DisposalType,
    page: DisposalTypesPage,
    create: CreateDisposalTypeRequest,
    update: UpdateDisposalTypeRequest,
  });
};
