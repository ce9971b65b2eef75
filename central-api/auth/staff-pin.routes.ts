import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { KioskStaffSession, KioskStaffSignInRequest, SetStaffPinRequest } from '../../domain/api/auth.js';
import { IdParams } from '../../domain/api/pagination.js';
import { PinAttempts } from '../../domain/credentials/index.js';
import { KitdeskError } from '../../domain/errors.js';
import type { RouteOptions } from '../app-context.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { actorOf } from './authenticate.js';
import { kioskStaffSignIn, setStaffPin } from './staff-pins.service.js';

/** Staff PINs: set by the person or an admin; traded, with a card, for a staff token by an enrolled kiosk. */
export const staffPinRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  const attempts = new PinAttempts(() => ctx.now().getTime());

  app.put(
    '/people/:id/staff-pin',
    {
      config: { access: 'account.staff_pin' },
      schema: {
        summary: "Set a member of staff's kiosk PIN (your own, or anyone's as an admin)",
        tags: ['auth', 'people'],
        params: IdParams,
        body: SetStaffPinRequest,
        response: { 204: z.null(), ...errorResponses(...signedInErrors, 404, 409) },
      },
    },
    async (req, reply) => {
      await setStaffPin(ctx, actorOf(req), req.params.id, req.body.pin);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/kiosks/staff-sign-in',
    {
      config: { access: 'kiosks.staff_sign_in' },
      schema: {
        summary: 'Sign a member of staff in at this kiosk with the card they presented and their PIN',
        description:
          'Wrong PINs are counted per card: after five in a row the card is refused for fifteen minutes.',
        tags: ['auth', 'kiosks'],
        body: KioskStaffSignInRequest,
        response: { 200: KioskStaffSession, ...errorResponses(...signedInErrors, 429) },
      },
    },
    async (req) => {
      const kiosk = actorOf(req);
      if (kiosk.kind !== 'kiosk')
        throw new KitdeskError('forbidden', 'Only an enrolled kiosk signs staff in with a card and PIN.');
      return kioskStaffSignIn(ctx, attempts, kiosk, req.body.card, req.body.pin);
    },
  );
};
