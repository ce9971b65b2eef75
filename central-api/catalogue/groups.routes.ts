import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AssetWithLoan } from '../../domain/api/assets.js';
import {
  AddGroupMemberRequest,
  CreateGroupItemRequest,
  CreateGroupRequest,
  GroupDetail,
  GroupMemberParams,
  GroupsPage,
  OrderGroupItemsRequest,
  UpdateGroupItemRequest,
  UpdateGroupRequest,
} from '../../domain/api/kits.js';
import { IdParams, PageQuery } from '../../domain/api/pagination.js';
import { Group, GroupItem } from '../../domain/model/kit.js';
import type { RouteOptions } from '../app-context.js';
import { auditActorOf } from '../auth/actor.js';
import { actorOf } from '../auth/authenticate.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import {
  addGroupItem,
  createGroup,
  getGroup,
  listGroups,
  orderGroupItems,
  removeGroupItem,
  updateGroup,
  updateGroupItem,
} from './groups.service.js';
import { addGroupMember, removeGroupMember } from './kit-members.service.js';

export const groupRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  const tags = ['kits'];
  app.get(
    '/groups',
    {
      config: { access: 'catalogue.read' },
      schema: {
        summary: 'Kits, a page at a time, searched by name',
        tags,
        querystring: PageQuery,
        response: { 200: GroupsPage, ...errorResponses(...signedInErrors) },
      },
    },
    async (req) => listGroups(ctx, req.query),
  );

  app.get(
    '/groups/:id',
    {
      config: { access: 'catalogue.read' },
      schema: {
        summary: 'A kit with its members and accessories',
        tags,
        params: IdParams,
        response: { 200: GroupDetail, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req) => getGroup(ctx, req.params.id),
  );

  app.post(
    '/groups',
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: 'Add a kit',
        tags,
        body: CreateGroupRequest,
        response: { 201: Group, ...errorResponses(...signedInErrors) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createGroup(ctx, auditActorOf(actorOf(req)), req.body)),
  );

  app.patch(
    '/groups/:id',
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: 'Change a kit',
        tags,
        params: IdParams,
        body: UpdateGroupRequest,
        response: { 200: Group, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req) => updateGroup(ctx, auditActorOf(actorOf(req)), req.params.id, req.body),
  );

  app.post(
    '/groups/:id/items',
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: "Add an untagged accessory to a kit's checklist",
        tags,
        params: IdParams,
        body: CreateGroupItemRequest,
        response: { 201: GroupItem, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addGroupItem(ctx, auditActorOf(actorOf(req)), req.params.id, req.body)),
  );

  app.patch(
    '/group-items/:id',
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: 'Change a kit accessory',
        tags,
        params: IdParams,
        body: UpdateGroupItemRequest,
        response: { 200: GroupItem, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req) => updateGroupItem(ctx, auditActorOf(actorOf(req)), req.params.id, req.body),
  );

  app.delete(
    '/group-items/:id',
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: "Take an accessory off a kit's checklist (not one that has been lent)",
        tags,
        params: IdParams,
        response: { 204: z.null(), ...errorResponses(...signedInErrors, 404, 409) },
      },
    },
    async (req, reply) => {
      await removeGroupItem(ctx, auditActorOf(actorOf(req)), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/groups/:id/members',
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary:
          'Add a tagged asset to a kit (refused, by name, when it is in another kit, disposed of or out)',
        tags,
        params: IdParams,
        body: AddGroupMemberRequest,
        response: { 200: AssetWithLoan, ...errorResponses(...signedInErrors, 404, 409) },
      },
    },
    async (req) => addGroupMember(ctx, auditActorOf(actorOf(req)), req.params.id, req.body.assetId),
  );

  app.delete(
    '/groups/:id/members/:assetId',
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: 'Take a tagged asset out of a kit (not while it is out)',
        tags,
        params: GroupMemberParams,
        response: { 204: z.null(), ...errorResponses(...signedInErrors, 404, 409) },
      },
    },
    async (req, reply) => {
      await removeGroupMember(ctx, auditActorOf(actorOf(req)), req.params.id, req.params.assetId);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/groups/:id/items/order',
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: "Put a kit's accessory checklist in a new order",
        tags,
        params: IdParams,
        body: OrderGroupItemsRequest,
        response: { 200: GroupDetail, ...errorResponses(...signedInErrors, 404, 409) },
      },
    },
    async (req) => orderGroupItems(ctx, auditActorOf(actorOf(req)), req.params.id, req.body),
  );
};
