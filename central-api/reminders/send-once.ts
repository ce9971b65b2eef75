import { eq } from 'drizzle-orm';
import type { EmailKind } from '../../domain/api/reminders.js';
import { newId } from '../../domain/ids.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import { systemActor } from '../auth/actor.js';
import { emailLog } from '../db/schema/index.js';
import type { Mailer, OutgoingEmail } from './mailer.js';

export type EmailToLog = {
  /** Unique per email that should ever be sent; see `emailLog`. */
  key: string;
  kind: EmailKind;
  personId: string;
  allocationId: string | null;
  /** For the audit entry: "a due-date reminder", "the overdue digest". */
  what: string;
};

/**
 * Claim the email's key, send it and log it in one transaction. A replica that tries the same key at the
 * same time waits on the claim and then finds it taken; if sending fails, the claim is rolled back and
 * the next run tries again. Only a crash between the mail server accepting and the commit can send one
 * twice. Holding the transaction over the send keeps that window as small as the send itself.
 */
export async function sendOnce(
  ctx: AppContext,
  mailer: Mailer,
  email: OutgoingEmail,
  log: EmailToLog,
): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const id = newId();
    const [claimed] = await tx
      .insert(emailLog)
      .values({
        id,
        key: log.key,
        kind: log.kind,
        personId: log.personId,
        allocationId: log.allocationId,
        recipient: email.to,
        subject: email.subject,
        sentAt: ctx.now(),
      })
      .onConflictDoNothing({ target: emailLog.key })
      .returning({ id: emailLog.id });
    if (!claimed) return false;
    const { messageId } = await mailer.send(email);
    await tx.update(emailLog).set({ messageId }).where(eq(emailLog.id, id));
    await appendAudit(tx, systemActor, {
      action: 'email.sent',
      entityType: 'email',
      entityId: id,
      subjects: [log.personId, ...(log.allocationId ? [log.allocationId] : [])],
      description: `${log.what[0]!.toUpperCase()}${log.what.slice(1)} was emailed.`,
      after: { kind: log.kind, key: log.key },
    });
    return true;
  });
}
