import { eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { LRUCache } from 'lru-cache';
import { rolesOfPerson, type Role } from '../../domain/model/role.js';
import type { Database } from '../db/database.js';
import { person } from '../db/schema/index.js';
import { maySignIn } from './sessions.service.js';

/** The channel migration 0014's trigger NOTIFYs with the id of a person whose access changed. */
export const ACCESS_CHANNEL = 'kitdesk_access';

/**
 * How long a replica trusts what it read about a person. A second bounds how long a change could go
 * unheard if a notification were lost (the listening connection dropped), while a desk or a bench client
 * sending many requests a second costs one indexed read a second, not one per request.
 */
const TRUSTED_FOR_MS = 1000;
const PEOPLE_CACHED = 10_000;

/** What a person may do now: their roles, or null when they may no longer sign in at all. */
export type Access = { roles: Role[] } | null;

/**
 * A person's access as their row says now, so that "cannot log in", erasure or a lost role takes effect at
 * the next request rather than when their access token expires. Read once a second at most per person,
 * and forgotten at once when any replica's change is NOTIFYed (PGlite delivers its own in-process), or
 * when this process changes it (`forget`, after the commit, since a notification may arrive a moment
 * after the answer to the change). Kiosks need none of this: their credential is looked up at every
 * request, and a revoked one is refused at the next.
 */
export class CurrentAccess {
  private readonly known = new LRUCache<string, Promise<Access>>({ max: PEOPLE_CACHED, ttl: TRUSTED_FOR_MS });
  private unlisten: (() => Promise<void>) | null = null;

  private constructor(private readonly database: Database) {}

  static async start(database: Database, log: FastifyBaseLogger): Promise<CurrentAccess> {
    const access = new CurrentAccess(database);
    access.unlisten = await database.listen(
      ACCESS_CHANNEL,
      (personId) => access.forget(personId),
      (err) => {
        // Changes made while nobody listened are unheard: start again from the rows.
        log.warn({ err }, 'lost the access notification connection; reconnecting');
        access.known.clear();
      },
    );
    return access;
  }

  of(personId: string): Promise<Access> {
    const cached = this.known.get(personId);
    if (cached) return cached;
    const reading = this.read(personId);
    this.known.set(personId, reading);
    // A failed read is not remembered: the next request tries again.
    reading.catch(() => {
      if (this.known.get(personId) === reading) this.known.delete(personId);
    });
    return reading;
  }

  forget(personId: string): void {
    this.known.delete(personId);
  }

  async close(): Promise<void> {
    this.known.clear();
    // The database may have been closed first, which ends the listening with it.
    await this.unlisten?.().catch(() => undefined);
  }

  private async read(personId: string): Promise<Access> {
    const [p] = await this.database.db
      .select({
        canLogIn: person.canLogIn,
        passwordHash: person.passwordHash,
        erasedAt: person.erasedAt,
        staff: person.staff,
        isAdmin: person.isAdmin,
      })
      .from(person)
      .where(eq(person.id, personId));
    return p && maySignIn(p) ? { roles: rolesOfPerson(p) } : null;
  }
}
