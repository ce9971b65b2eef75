import { and, eq } from 'drizzle-orm';
import type { KioskStaffSession } from '../../domain/api/auth.js';
import type { PinAttempts } from '../../domain/credentials/index.js';
import { credentialKey } from '../../domain/credentials/index.js';
import { KitdeskError } from '../../domain/errors.js';
import { rolesOfPerson } from '../../domain/model/role.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import { toPerson } from '../db/rows.js';
import { credential, person } from '../db/schema/index.js';
import { auditActorOf, type Actor } from './actor.js';
import { hashPassword, verifyAgainstNobody, verifyPassword } from './passwords.js';
import { maySignIn } from './sessions.service.js';

const NO_MATCH =
  'That card and PIN do not match a member of staff who may sign in. Check the PIN, or sign in with your email and password.';

/**
 * Set a member of staff's kiosk PIN: their own, or anyone's by an admin. Neither the PIN nor its hash is
 * written to the audit trail or a log; the hash reaches kiosks through the sync feed (the row changes).
 */
export async function setStaffPin(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: Actor,
  personId: string,
  pin: string,
): Promise<void> {
  if (actor.kind !== 'person' || (actor.id !== personId && !actor.roles.includes('admin'))) {
    throw new KitdeskError('forbidden', 'Only an administrator can set another person’s staff PIN.');
  }
  const hash = await hashPassword(pin);
  await ctx.db.transaction(async (tx) => {
    const [p] = await tx
      .select({ name: person.name, staff: person.staff, isAdmin: person.isAdmin })
      .from(person)
      .where(eq(person.id, personId));
    if (!p) throw new KitdeskError('not_found', 'There is no person with this id.');
    if (!p.staff && !p.isAdmin)
      throw new KitdeskError('conflict', `${p.name} is not a member of staff: only staff have a PIN.`);
    await tx.update(person).set({ staffPinHash: hash, updatedAt: ctx.now() }).where(eq(person.id, personId));
    await appendAudit(tx, auditActorOf(actor), {
      action: 'person.staff_pin_set',
      entityType: 'person',
      entityId: personId,
      description:
        actor.id === personId ? `${p.name} set their staff PIN.` : `The staff PIN of ${p.name} was set.`,
    });
  });
}

/**
 * A card presented at an enrolled kiosk and its PIN, traded for an access token in the card holder's own
 * name, so what they do in the kiosk's staff area is audited under them. The token has no refresh token
 * and is judged at every request by CurrentAccess like any other.
 *
 * Decided: a PIN sign-in needs what an email sign-in needs (`maySignIn`: "can log in" on, an account not
 * erased), as well as being staff. "Can log in" false means never signed in, whatever the credential; a
 * PIN without it still approves loans at the kiosk, which is not a sign-in.
 */
export async function kioskStaffSignIn(
  ctx: Pick<AppContext, 'db' | 'now' | 'tokens'>,
  attempts: PinAttempts,
  kiosk: Extract<Actor, { kind: 'kiosk' }>,
  card: string,
  pin: string,
): Promise<KioskStaffSession> {
  const key = credentialKey(card);
  attempts.check(key);
  const [p] = await ctx.db
    .select({ row: person })
    .from(credential)
    .innerJoin(person, eq(person.id, credential.ownerId))
    .where(and(eq(credential.code, key), eq(credential.ownerKind, 'person')));
  const row = p?.row;
  const eligible = row && (row.staff || row.isAdmin) && maySignIn(row) && row.staffPinHash !== null;
  const ok = eligible ? await verifyPassword(pin, row.staffPinHash!) : await verifyAgainstNobody(pin);
  if (!row || !ok) {
    await appendAudit(ctx.db, auditActorOf(kiosk), {
      action: 'auth.sign_in_failed',
      entityType: 'person',
      entityId: row?.id ?? null,
      description: `A card and PIN sign-in at ${kiosk.name} failed.`,
    });
    // Only a wrong PIN for a card that could sign in counts towards its lock; the rest is simply refused.
    if (eligible) throw attempts.wrong(key);
    throw new KitdeskError('unauthenticated', NO_MATCH);
  }
  attempts.right(key);
  const roles = rolesOfPerson(row);
  await appendAudit(
    ctx.db,
    { kind: 'person', id: row.id },
    {
      action: 'auth.sign_in',
      entityType: 'person',
      entityId: row.id,
      description: `${row.name} signed in at ${kiosk.name} with their card and PIN.`,
    },
  );
  return {
    tokenType: 'Bearer',
    accessToken: await ctx.tokens.issue({ id: row.id, name: row.name, roles }),
    expiresIn: ctx.tokens.ttlSeconds,
    person: toPerson(row),
    roles,
  };
}
