import { eq } from 'drizzle-orm';
import type { EmailKind } from '../../domain/api/reminders.js';
import { newId } from '../../domain/ids.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import { systemActor, type AuditActor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
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

export type LoggedEmail = { id: string; sentAt: Date };

/**
 * Inside the caller's transaction: claim the email's key, send it and log it. Null when the key was taken
 * already, by this replica or another: a replica that claims the same key at the same time waits on the
 * claim and then finds it taken. If sending throws, the caller's rollback frees the claim for a later try.
 */
export async function claimSendAndLog(
  tx: Tx,
  ctx: Pick<AppContext, 'now'>,
  mailer: Mailer,
  email: OutgoingEmail,
  log: EmailToLog,
  actor: AuditActor,
): Promise<LoggedEmail | null> {
  const id = newId();
  const sentAt = ctx.now();
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
      sentAt,
    })
    .onConflictDoNothing({ target: emailLog.key })
    .returning({ id: emailLog.id });
  if (!claimed) return null;
  const { messageId } = await mailer.send(email);
  await tx.update(emailLog).set({ messageId }).where(eq(emailLog.id, id));
  await appendAudit(tx, actor, {
    action: 'email.sent',
    entityType: 'email',
    entityId: id,
    subjects: [log.personId, ...(log.allocationId ? [log.allocationId] : [])],
    description: `${log.what[0]!.toUpperCase()}${log.what.slice(1)} was emailed.`,
    after: { kind: log.kind, key: log.key },
  });
  return { id, sentAt };
}

/**
 * Claim the email's key, send it and log it in one transaction (see claimSendAndLog). Only a crash between
 * the mail server accepting and the commit can send one twice. Holding the transaction over the send keeps
 * that window as small as the send itself.
 */
export async function sendOnce(
  ctx: Pick<AppContext, 'db' | 'now'>,
  mailer: Mailer,
  email: OutgoingEmail,
  log: EmailToLog,
): Promise<boolean> {
  const sent = await ctx.db.transaction((tx) => claimSendAndLog(tx, ctx, mailer, email, log, systemActor));
  return sent !== null;
}
