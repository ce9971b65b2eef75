import { errors, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { Id } from '../../domain/ids.js';
import { KitdeskError } from '../../domain/errors.js';
import { Role } from '../../domain/model/role.js';
import type { PersonActor } from './actor.js';

const ISSUER = 'kitdesk-central';
const AUDIENCE = 'kitdesk-api';

const Claims = z.object({ sub: Id, name: z.string(), roles: z.array(Role), exp: z.number() });
/** Tokens recently verified: a desk or a tablet sends the same one with every request for 15 minutes. */
const VERIFIED_TOKENS = 2_000;

type Verified = { actor: PersonActor; expiresAtMs: number };

/** Short-lived signed access tokens (HS256 JWTs) for people; refresh tokens renew them. */
export class AccessTokens {
  /**
   * Verifying an HS256 signature goes through WebCrypto off the main thread, the largest cost of an
   * authenticated request. A token is immutable, so a verified one needs only its expiry checked again.
   */
  private readonly verified = new LRUCache<string, Verified>({ max: VERIFIED_TOKENS });

  constructor(
    private readonly key: Uint8Array,
    readonly ttlSeconds: number,
    private readonly now: () => Date,
  ) {}

  async issue(person: { id: string; name: string; roles: readonly Role[] }): Promise<string> {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    return new SignJWT({ name: person.name, roles: [...person.roles] })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(person.id)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.key);
  }

  async verify(token: string): Promise<PersonActor> {
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAtMs > this.now().getTime()) return known.actor;
      this.verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: this.now(),
      });
      const claims = Claims.parse(payload);
      const actor: PersonActor = { kind: 'person', id: claims.sub, name: claims.name, roles: claims.roles };
      this.verified.set(token, { actor, expiresAtMs: claims.exp * 1000 });
      return actor;
    } catch (err) {
      if (err instanceof errors.JWTExpired) {
        throw new KitdeskError('unauthenticated', 'Your session has expired. Refresh it or sign in again.');
      }
      throw new KitdeskError('unauthenticated', 'This access token is not valid. Sign in again.');
    }
  }
}
