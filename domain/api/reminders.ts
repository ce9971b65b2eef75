/**
 * Emails to borrowers (a loan falls due, a loan is overdue, or staff chase one by hand) and the daily digest
 * to staff.
 */
import { z } from 'zod';
import { Id, IsoDateTime } from '../ids.js';
import { pageOf, PageQuery } from './pagination.js';

export const EmailKind = z.enum(['loan_due', 'loan_overdue', 'staff_digest']);
export type EmailKind = z.infer<typeof EmailKind>;

/** One email the API sent. */
export const EmailLogEntry = z.object({
  id: Id,
  kind: EmailKind,
  allocationId: Id.nullable(),
  personId: Id,
  /** Null once that person's data has been erased. */
  recipient: z.string().nullable(),
  subject: z.string(),
  messageId: z.string().nullable(),
  sentAt: IsoDateTime,
});
export type EmailLogEntry = z.infer<typeof EmailLogEntry>;

/** `GET /reminders/emails`: newest first. */
export const EmailLogQuery = PageQuery.omit({ q: true }).extend({ kind: EmailKind.optional() });
export type EmailLogQuery = z.infer<typeof EmailLogQuery>;

export const EmailLogPage = pageOf(EmailLogEntry);
export type EmailLogPage = z.infer<typeof EmailLogPage>;

/** `POST /reminders/run`: what this run sent. Each email goes once, however often (and wherever) it runs. */
export const ReminderRun = z.object({
  sent: z.object({
    loanDue: z.number().int().nonnegative(),
    loanOverdue: z.number().int().nonnegative(),
    staffDigest: z.number().int().nonnegative(),
  }),
  /** Emails the mail server would not take; they are tried again on the next run. */
  failed: z.number().int().nonnegative(),
});
export type ReminderRun = z.infer<typeof ReminderRun>;

/** `POST /loans/:id/remind`: the overdue reminder a member of staff sent by hand, to whom and when. */
export const LoanReminderSent = z.object({
  /** The email's entry in the email log. */
  emailId: Id,
  allocationId: Id,
  personId: Id,
  recipient: z.string(),
  sentAt: IsoDateTime,
});
export type LoanReminderSent = z.infer<typeof LoanReminderSent>;

/** Why a reminder was not sent, under the error's stable code, for a program that acts on it. */
export const ReminderRefusalReason = z.enum([
  'loan_not_found',
  'loan_returned',
  'loan_not_overdue',
  /** One went a moment ago, by hand or on the timer: a second click sends nothing. */
  'reminded_recently',
  'no_email',
  /** The mail server refused the address itself: it is probably mistyped. */
  'address_refused',
  'mail_not_configured',
  'mail_unavailable',
]);
export type ReminderRefusalReason = z.infer<typeof ReminderRefusalReason>;

/** `details` of an error answer from `POST /loans/:id/remind`. */
export const ReminderRefusalDetails = z.object({
  reason: ReminderRefusalReason,
  /** With `reminded_recently`: when the last reminder went, and when another may. */
  lastSentAt: IsoDateTime.optional(),
  nextAllowedAt: IsoDateTime.optional(),
});
export type ReminderRefusalDetails = z.infer<typeof ReminderRefusalDetails>;
