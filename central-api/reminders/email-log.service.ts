import { count, desc, eq } from 'drizzle-orm';
import type { EmailLogEntry, EmailLogPage, EmailLogQuery } from '../../domain/api/reminders.js';
import type { Db, Tx } from '../db/database.js';
import { emailLog } from '../db/schema/index.js';

export function toEmailLogEntry(r: typeof emailLog.$inferSelect): EmailLogEntry {
  return {
    id: r.id,
    kind: r.kind,
    allocationId: r.allocationId,
    personId: r.personId,
    recipient: r.recipient,
    subject: r.subject,
    messageId: r.messageId,
    sentAt: r.sentAt.toISOString(),
  };
}

/** Every email sent, newest first. */
export async function listEmails(db: Db, query: EmailLogQuery): Promise<EmailLogPage> {
  const where = query.kind === undefined ? undefined : eq(emailLog.kind, query.kind);
  const rows = await db
    .select()
    .from(emailLog)
    .where(where)
    .orderBy(desc(emailLog.sentAt), desc(emailLog.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(emailLog).where(where);
  return {
    items: rows.map(toEmailLogEntry),
    page: query.page,
    pageSize: query.pageSize,
    total: total?.n ?? 0,
  };
}

/** The emails sent to one person, oldest first (for their data export). */
export async function emailsTo(db: Db | Tx, personId: string): Promise<EmailLogEntry[]> {
  return (
    await db.select().from(emailLog).where(eq(emailLog.personId, personId)).orderBy(emailLog.sentAt)
  ).map(toEmailLogEntry);
}
