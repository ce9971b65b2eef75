import { and, eq, isNotNull } from 'drizzle-orm';
import { newId } from '../../domain/ids.js';
import { appendAudit } from '../audit/audit-log.js';
import type { Db } from '../db/database.js';
import { person } from '../db/schema/index.js';
import { systemActor } from './actor.js';
import { hashPassword } from './passwords.js';

export type AdminAccount = { email: string; name: string; password: string };

export const MIN_ADMIN_PASSWORD_LENGTH = 10;

/**
 * Make `email` an admin who may sign in with `password`: a new person, or the existing person with that
 * email promoted. The password always comes from the operator (environment or CLI), never from the code.
 */
export async function createAdmin(db: Db, account: AdminAccount): Promise<{ id: string; created: boolean }> {
  if (account.password.length < MIN_ADMIN_PASSWORD_LENGTH) {
    throw new Error(`The admin password must have at least ${MIN_ADMIN_PASSWORD_LENGTH} characters.`);
  }
  const email = account.email.trim().toLowerCase();
  const passwordHash = await hashPassword(account.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(person).where(eq(person.email, email)).for('update');
    const access = { isAdmin: true, staff: true, canLogIn: true, passwordHash };
    const id = existing?.id ?? newId();
    if (existing) {
      await tx
        .update(person)
        .set({ ...access, updatedAt: new Date() })
        .where(eq(person.id, id));
    } else {
      await tx.insert(person).values({ id, name: account.name, email, ...access });
    }
    await appendAudit(tx, systemActor, {
      action: existing ? 'person.made_admin' : 'person.create_admin',
      entityType: 'person',
      entityId: id,
      description: existing
        ? `${existing.name} was made an admin by the server operator.`
        : `${account.name} (${email}) was created as an admin by the server operator.`,
    });
    return { id, created: !existing };
  });
}

/** At start: when no admin can sign in yet and the environment names one, create them. */
export async function ensureFirstAdmin(
  db: Db,
  account: AdminAccount | null,
): Promise<'created' | 'exists' | 'none'> {
  const [anyAdmin] = await db
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.isAdmin, true), eq(person.canLogIn, true), isNotNull(person.passwordHash)))
    .limit(1);
  if (anyAdmin) return 'exists';
  if (!account) return 'none';
  await createAdmin(db, account);
  return 'created';
}
