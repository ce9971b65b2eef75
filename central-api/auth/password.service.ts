import { eq } from 'drizzle-orm';
import { KitdeskError } from '../../domain/errors.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import { person } from '../db/schema/index.js';
import type { AuditActor } from './actor.js';
import { hashPassword } from './passwords.js';
import { endSessionsOf } from './sessions.service.js';

/** Set a person's password (never recorded, not even hashed, in the audit trail) and end their sessions. */
export async function setPassword(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  personId: string,
  password: string,
): Promise<void> {
  const hash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    const [p] = await tx
      .update(person)
      .set({ passwordHash: hash, updatedAt: ctx.now() })
      .where(eq(person.id, personId))
      .returning({ name: person.name, canLogIn: person.canLogIn });
    if (!p) throw new KitdeskError('not_found', 'There is no person with this id.');
    await endSessionsOf(tx, personId, ctx.now());
    await appendAudit(tx, actor, {
      action: 'person.password_set',
      entityType: 'person',
      entityId: personId,
      description: p.canLogIn
        ? `The password of ${p.name} was set; their other sessions were ended.`
        : `The password of ${p.name} was set (they may not sign in until "can log in" is on).`,
    });
  });
}
