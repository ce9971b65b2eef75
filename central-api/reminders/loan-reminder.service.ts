import { and, desc, eq, sql } from 'drizzle-orm';
import type { LoanReminderSent, ReminderRefusalDetails } from '../../domain/api/reminders.js';
import { KitdeskError, type ErrorCode } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import type { AppContext } from '../app-context.js';
import type { AuditActor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { allocation, emailLog, person } from '../db/schema/index.js';
import { itemsStillOut } from './loan-items.js';
import { MailFailure, requireMailer } from './mailer.js';
import { dayAndTime, overdueEmail } from './reminder-emails.js';
import { claimSendAndLog } from './send-once.js';

/** A second click, or a colleague at another screen, within this time sends nothing. */
export const REMINDER_GAP_MINUTES = 5;

const refusal = (code: ErrorCode, message: string, details: ReminderRefusalDetails) =>
  new KitdeskError(code, message, details);

const clock = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);

async function loanWithBorrower(tx: Tx, allocationId: string) {
  const [loan] = await tx
    .select({
      personId: person.id,
      name: person.name,
      email: person.email,
      erasedAt: person.erasedAt,
      dueAt: allocation.dueAt,
      returnedAt: allocation.returnedAt,
    })
    .from(allocation)
    .innerJoin(person, eq(person.id, allocation.personId))
    .where(eq(allocation.id, allocationId));
  return loan;
}

/** The loan's latest overdue reminder, whether the timer sent it or a member of staff did. */
async function lastOverdueReminder(tx: Tx, allocationId: string) {
  const [last] = await tx
    .select({ recipient: emailLog.recipient, sentAt: emailLog.sentAt })
    .from(emailLog)
    .where(and(eq(emailLog.allocationId, allocationId), eq(emailLog.kind, 'loan_overdue')))
    .orderBy(desc(emailLog.sentAt))
    .limit(1);
  return last;
}

function remindedRecently(last: { recipient: string | null; sentAt: Date }, timeZone: string) {
  const next = new Date(last.sentAt.getTime() + REMINDER_GAP_MINUTES * 60_000);
  return refusal(
    'conflict',
    `An overdue reminder went to ${last.recipient ?? 'the borrower'} at ${clock(last.sentAt, timeZone)}. ` +
      `So that they do not get two, another can go from ${clock(next, timeZone)}.`,
    { reason: 'reminded_recently', lastSentAt: last.sentAt.toISOString(), nextAllowedAt: next.toISOString() },
  );
}

function mailFailed(err: MailFailure, recipient: string, name: string): KitdeskError {
  switch (err.kind) {
    case 'address_refused':
      return refusal(
        'refused_by_rules',
        `The mail server refused ${recipient} as an address, so no reminder was sent. ` +
          `Check the email on ${name}’s record.`,
        { reason: 'address_refused' },
      );
    case 'server_unavailable':
      return refusal(
        'unavailable',
        `The mail server could not take the reminder (${err.message}), so nothing was sent. ` +
          'Try again in a few minutes; if it keeps failing, tell IT.',
        { reason: 'mail_unavailable' },
      );
    default: {
      const unreachable: never = err.kind;
      return unreachable;
    }
  }
}

/**
 * Email the borrower of an overdue loan its overdue reminder now, at a member of staff's request. Runs under
 * a lock on the loan's reminders, so two clicks (on any replicas) send one email; the second is told when
 * the first went.
 */
export async function remindBorrower(
  ctx: Pick<AppContext, 'db' | 'now' | 'timeZone' | 'mailer'>,
  actor: AuditActor,
  allocationId: string,
): Promise<LoanReminderSent> {
  const mailer = requireMailer(ctx.mailer);
  const tz = ctx.timeZone;
  return ctx.db.transaction(async (tx) => {
    // A lock of its own rather than the loan's row: a return at the desk must not wait on the mail server.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`loan_reminder:${allocationId}`}, 0))`,
    );
    const now = ctx.now();
    const loan = await loanWithBorrower(tx, allocationId);
    if (!loan) {
      throw refusal('not_found', 'That loan does not exist. Refresh the overdue list and try again.', {
        reason: 'loan_not_found',
      });
    }
    if (loan.returnedAt) {
      throw refusal(
        'conflict',
        `This loan came back on ${dayAndTime(loan.returnedAt, tz)}: there is nothing to remind ${loan.name} about.`,
        { reason: 'loan_returned' },
      );
    }
    if (loan.dueAt > now) {
      throw refusal(
        'conflict',
        `This loan is not due back until ${dayAndTime(loan.dueAt, tz)}, so it is not overdue yet.`,
        { reason: 'loan_not_overdue' },
      );
    }
    if (!loan.email || loan.erasedAt) {
      throw refusal(
        'refused_by_rules',
        `${loan.name} has no email address on record, so no reminder can be emailed. ` +
          'Add one to their record, or remind them in person.',
        { reason: 'no_email' },
      );
    }
    const recipient = loan.email;
    const last = await lastOverdueReminder(tx, allocationId);
    if (last && now.getTime() - last.sentAt.getTime() < REMINDER_GAP_MINUTES * 60_000) {
      throw remindedRecently(last, tz);
    }
    const items = (await itemsStillOut(tx, [allocationId])).get(allocationId) ?? [];
    const email = overdueEmail({ name: loan.name, email: recipient, dueAt: loan.dueAt, items }, tz);
    // The first overdue reminder takes the key the timer would use, so the timer does not send it again.
    const key = last ? `loan_overdue:${allocationId}:${newId()}` : `loan_overdue:${allocationId}`;
    const sent = await claimSendAndLog(
      tx,
      ctx,
      mailer,
      email,
      {
        key,
        kind: 'loan_overdue',
        personId: loan.personId,
        allocationId,
        what: 'an overdue reminder (by hand)',
      },
      actor,
    ).catch((err: unknown) => {
      throw err instanceof MailFailure ? mailFailed(err, recipient, loan.name) : err;
    });
    if (!sent) {
      // The timer claimed the key while this request waited for it, and has sent its reminder.
      throw remindedRecently((await lastOverdueReminder(tx, allocationId))!, tz);
    }
    return {
      emailId: sent.id,
      allocationId,
      personId: loan.personId,
      recipient,
      sentAt: sent.sentAt.toISOString(),
    };
  });
}
