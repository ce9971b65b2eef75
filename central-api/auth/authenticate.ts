import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { KitdeskError } from '../../domain/errors.js';
import type { Db } from '../db/database.js';
import { kiosk } from '../db/schema/index.js';
import type { AccessTokens } from './access-tokens.js';
import type { Actor } from './actor.js';
import type { CurrentAccess } from './current-access.js';
import { mayDo, refusalOf } from './permissions.js';
import { digest } from './secrets.js';

/** Kiosk tokens carry this prefix; anything else presented as a bearer token must be an access token. */
export const KIOSK_TOKEN_PREFIX = 'kdk_';

/**
 * The onRequest check of every route: public routes pass; the rest need a valid bearer token (a person's
 * access token or a kiosk's credential) whose roles hold the route's permission. A person is judged by
 * the roles their row gives them now, not the ones their token was issued with.
 */
export function accessControl(db: Db, tokens: AccessTokens, currentAccess: CurrentAccess) {
  async function identifyPerson(token: string): Promise<Actor> {
    const signed = await tokens.verify(token);
    const access = await currentAccess.of(signed.id);
    if (!access) {
      throw new KitdeskError(
        'unauthenticated',
        'Your account may no longer sign in. Ask an administrator if you think it should.',
      );
    }
    return { ...signed, roles: access.roles };
  }

  async function identify(request: FastifyRequest): Promise<Actor> {
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) {
      throw new KitdeskError(
        'unauthenticated',
        'Sign in first: send your access token as "Authorization: Bearer …".',
      );
    }
    const token = match[1]!;
    if (!token.startsWith(KIOSK_TOKEN_PREFIX)) return identifyPerson(token);
    const [k] = await db
      .select({ id: kiosk.id, name: kiosk.name, locationId: kiosk.locationId })
      .from(kiosk)
      .where(and(eq(kiosk.tokenHash, digest(token)), isNull(kiosk.revokedAt)));
    if (!k) {
      throw new KitdeskError(
        'unauthenticated',
        'This kiosk is not enrolled or has been revoked. Ask an admin to enrol it.',
      );
    }
    return { kind: 'kiosk', id: k.id, name: k.name, locationId: k.locationId, roles: ['kiosk'] };
  }

  return async function checkAccess(request: FastifyRequest): Promise<void> {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    const actor = await identify(request);
    if (!mayDo(actor.roles, access)) throw new KitdeskError('forbidden', refusalOf(access));
    request.actor = actor;
  };
}

/** The caller of a route that is not public (the access check has already identified them). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error(`${request.routeOptions.url} reads the actor but is a public route.`);
  return request.actor;
}
