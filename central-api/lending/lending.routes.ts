import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CheckoutRequest,
  CheckoutResponse,
  ReturnRequest,
  ReturnResponse,
} from '../../domain/api/lending.js';
import { newId } from '../../domain/ids.js';
import type { RouteOptions } from '../app-context.js';
import { auditActorOf } from '../auth/actor.js';
import { actorOf } from '../auth/authenticate.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { checkOut } from './checkout.js';
import { refusedByRules } from './refusal.js';
import { takeBack } from './return-items.js';

export const lendingRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.post(
    '/loans',
    {
      config: { access: 'lending.lend' },
      schema: {
        summary: 'Lend equipment at the desk; refusals answer 422 with the rules’ reasons',
        description:
          'Runs the lending rules inside one transaction with the assets locked. The signed-in member of staff ' +
          'counts as the staff presence; with `overrideReason` they set aside what may be overridden.',
        tags: ['lending'],
        body: CheckoutRequest,
        response: { 201: CheckoutResponse, ...errorResponses(...signedInErrors, 409, 422) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const body = req.body;
      const lent = await ctx.db.transaction(async (tx) => {
        const outcome = await checkOut(tx, {
          allocationId: body.allocationId ?? newId(),
          borrower: body.borrower,
          labels: body.items,
          confirmedGroupItemIds: body.confirmedGroupItemIds,
          staff: { id: actor.id, overrideReason: body.overrideReason },
          dueAt: null,
          at: ctx.now(),
          kioskId: null,
          actor: auditActorOf(actor),
          policy: ctx.policy,
        });
        if (outcome.kind === 'refused') {
          throw refusedByRules('loan', outcome.decision.refusals, outcome.decision.kits);
        }
        return outcome;
      });
      return reply.status(201).send({
        allocation: lent.allocation,
        assetLines: lent.assetLines,
        itemLines: lent.itemLines,
        notices: lent.notices,
      });
    },
  );

  app.post(
    '/returns',
    {
      config: { access: 'lending.lend' },
      schema: {
        summary: 'Take equipment back at the desk; refusals answer 422 with the rules’ reasons',
        description:
          'Each item goes to the desk’s location; the answer flags items that came back away from their home ' +
          'location. Accessories left out by a partial return come back on their own: no `items`, only ' +
          '`confirmedGroupItemIds`.',
        tags: ['lending'],
        body: ReturnRequest,
        response: { 200: ReturnResponse, ...errorResponses(...signedInErrors, 409, 422) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const body = req.body;
      const back = await ctx.db.transaction(async (tx) => {
        const outcome = await takeBack(tx, {
          labels: body.items,
          confirmedGroupItemIds: body.confirmedGroupItemIds,
          partial: body.partial,
          locationId: body.locationId,
          at: ctx.now(),
          actor: auditActorOf(actor),
        });
        if (outcome.kind === 'refused') {
          throw refusedByRules('return', outcome.decision.refusals, outcome.decision.kits);
        }
        return outcome;
      });
      return {
        returned: back.returned,
        returnedGroupItemIds: back.returnedGroupItemIds,
        closedAllocationIds: back.closedAllocationIds,
        notices: back.notices,
      };
    },
  );
};
