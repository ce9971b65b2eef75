import { and, asc, eq, gt, isNotNull, isNull, like, lte, notExists, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { EmailKind, ReminderRun } from '../../domain/api/reminders.js';
import type { AppContext } from '../app-context.js';
import { allocation, emailLog, person } from '../db/schema/index.js';
import { overdueReport } from '../reports/overdue.service.js';
import { todayIn } from '../reports/report-period.js';
import { itemsStillOut } from './loan-items.js';
import { requireMailer, type Mailer, type OutgoingEmail } from './mailer.js';
import { dueSoonEmail, overdueEmail, staffDigestEmail, type LoanToRemind } from './reminder-emails.js';
import { sendOnce, type EmailToLog } from './send-once.js';

type Borrowed = LoanToRemind & { allocationId: string; personId: string };

/**
 * Open loans whose borrower has an email and has not had this reminder: due within the lead time (but not
 * loans shorter than it, whose borrower was just told the due date), or overdue.
 */
async function loansToRemind(
  ctx: Pick<AppContext, 'db' | 'reminders'>,
  kind: 'loan_due' | 'loan_overdue',
  now: Date,
): Promise<Borrowed[]> {
  const hours = ctx.reminders.dueSoonHours;
  const when =
    kind === 'loan_due'
      ? and(
          gt(allocation.dueAt, now),
          lte(allocation.dueAt, new Date(now.getTime() + hours * 3_600_000)),
          sql`${allocation.outAt} < ${allocation.dueAt} - make_interval(hours => ${hours}::int)`,
        )
      : lte(allocation.dueAt, now);
  const loans = await ctx.db
    .select({
      allocationId: allocation.id,
      dueAt: allocation.dueAt,
      personId: person.id,
      name: person.name,
      email: person.email,
    })
    .from(allocation)
    .innerJoin(person, eq(person.id, allocation.personId))
    .where(
      and(
        isNull(allocation.returnedAt),
        isNotNull(person.email),
        isNull(person.erasedAt),
        when,
        notExists(
          ctx.db
            .select({ one: sql`1` })
            .from(emailLog)
            .where(eq(emailLog.key, sql`${kind} || ':' || ${allocation.id}`)),
        ),
      ),
    )
    .orderBy(asc(allocation.dueAt), asc(allocation.id));
  const items = await itemsStillOut(
    ctx.db,
    loans.map((l) => l.allocationId),
  );
  return loans.map((l) => ({ ...l, email: l.email!, items: items.get(l.allocationId) ?? [] }));
}

/** The school's hour of the day (0–23) at `now`. */
function schoolHour(timeZone: string, now: Date): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(now),
  );
}

/** Staff who may sign in and have an email, without today's digest yet. */
async function digestRecipients(ctx: Pick<AppContext, 'db'>, day: string) {
  return ctx.db
    .select({ id: person.id, email: person.email })
    .from(person)
    .where(
      and(
        or(eq(person.staff, true), eq(person.isAdmin, true)),
        eq(person.canLogIn, true),
        isNotNull(person.email),
        isNull(person.erasedAt),
        notExists(
          ctx.db
            .select({ one: sql`1` })
            .from(emailLog)
            .where(and(like(emailLog.key, `staff_digest:${day}:%`), eq(emailLog.personId, person.id))),
        ),
      ),
    )
    .orderBy(asc(person.id));
}

/**
 * Send whatever is due: a reminder when a loan falls due and another when it is overdue, each once per
 * loan, and from the digest hour on, the day's overdue digest to each member of staff. Safe to run as
 * often as wanted, on any number of replicas at once (see sendOnce).
 */
export async function runReminders(
  ctx: Pick<AppContext, 'db' | 'now' | 'timeZone' | 'mailer' | 'reminders'>,
  log?: FastifyBaseLogger,
): Promise<ReminderRun> {
  const mailer = requireMailer(ctx.mailer);
  const now = ctx.now();
  const run: ReminderRun = { sent: { loanDue: 0, loanOverdue: 0, staffDigest: 0 }, failed: 0 };
  const counter: Record<EmailKind, keyof ReminderRun['sent']> = {
    loan_due: 'loanDue',
    loan_overdue: 'loanOverdue',
    staff_digest: 'staffDigest',
  };
  const attempt = async (m: Mailer, email: OutgoingEmail, entry: EmailToLog) => {
    try {
      if (await sendOnce(ctx, m, email, entry)) run.sent[counter[entry.kind]]++;
    } catch (err) {
      run.failed++;
      log?.warn({ err, key: entry.key }, 'an email could not be sent; it is tried again on the next run');
    }
  };
  for (const kind of ['loan_overdue', 'loan_due'] as const) {
    for (const loan of await loansToRemind(ctx, kind, now)) {
      const email = kind === 'loan_due' ? dueSoonEmail(loan, ctx.timeZone) : overdueEmail(loan, ctx.timeZone);
      const what = kind === 'loan_due' ? 'a due-date reminder' : 'an overdue reminder';
      await attempt(mailer, email, {
        key: `${kind}:${loan.allocationId}`,
        kind,
        personId: loan.personId,
        allocationId: loan.allocationId,
        what,
      });
    }
  }
  if (schoolHour(ctx.timeZone, now) >= ctx.reminders.digestHour) {
    const day = todayIn(ctx.timeZone, now);
    const recipients = await digestRecipients(ctx, day);
    const overdue = recipients.length === 0 ? [] : (await overdueReport(ctx, { format: 'json' })).loans;
    for (const r of overdue.length === 0 ? [] : recipients) {
      await attempt(mailer, staffDigestEmail(r.email!, overdue, ctx.timeZone), {
        key: `staff_digest:${day}:${r.id}`,
        kind: 'staff_digest',
        personId: r.id,
        allocationId: null,
        what: `the overdue digest of ${day}`,
      });
    }
  }
  return run;
}
