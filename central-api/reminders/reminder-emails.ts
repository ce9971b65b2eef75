/**
 * The words of each email. Subjects name nobody, since the email log keeps them after a person's data is
 * erased; bodies go only to the mail server.
 */
import type { OverdueLoan } from '../../domain/api/reports.js';
import type { OutgoingEmail } from './mailer.js';

export type LoanToRemind = {
  name: string;
  email: string;
  dueAt: Date;
  /** What is still out: asset names, then accessories. */
  items: readonly string[];
};

/** "Friday 27 November, 15:30" in the school's time zone. */
export const dayAndTime = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);

const day = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(at);

const bullets = (items: readonly string[]) => items.map((i) => `  • ${i}`).join('\n');
const SIGN_OFF = '\nKitdesk, for the AV department';

export function dueSoonEmail(loan: LoanToRemind, timeZone: string): OutgoingEmail {
  return {
    to: loan.email,
    subject: `Equipment due back by ${dayAndTime(loan.dueAt, timeZone)}`,
    text: [
      `Hello ${loan.name},`,
      '',
      `The equipment you borrowed is due back by ${dayAndTime(loan.dueAt, timeZone)}:`,
      bullets(loan.items),
      '',
      'Please bring it back to the AV desk or a kiosk in time. If you need it for longer, ask a member of staff.',
      SIGN_OFF,
    ].join('\n'),
  };
}

export function overdueEmail(loan: LoanToRemind, timeZone: string): OutgoingEmail {
  return {
    to: loan.email,
    subject: 'Your borrowed equipment is overdue',
    text: [
      `Hello ${loan.name},`,
      '',
      `The equipment you borrowed was due back by ${dayAndTime(loan.dueAt, timeZone)} and has not come back yet:`,
      bullets(loan.items),
      '',
      'Please return it to the AV desk or a kiosk as soon as you can: other people are waiting for it. ' +
        'If something is lost or broken, tell a member of staff.',
      SIGN_OFF,
    ].join('\n'),
  };
}

export function staffDigestEmail(
  to: string,
  overdue: readonly OverdueLoan[],
  timeZone: string,
): OutgoingEmail {
  const n = overdue.length;
  const lines = overdue.map((l) => {
    const where = [l.borrower.school, l.borrower.department].filter(Boolean).join(', ');
    const items = [...l.assets.map((a) => a.name), ...l.accessories.map((a) => a.name)].join(', ');
    const days = `${l.daysOverdue} day${l.daysOverdue === 1 ? '' : 's'} overdue`;
    return `  • ${l.borrower.name}${where ? ` (${where})` : ''}: ${items}. ${days}, due ${day(new Date(l.dueAt), timeZone)}.`;
  });
  return {
    to,
    subject: `Kitdesk: ${n} overdue loan${n === 1 ? '' : 's'}`,
    text: [
      `${n} loan${n === 1 ? ' is' : 's are'} overdue this morning, most overdue first:`,
      '',
      ...lines,
      '',
      'The overdue report on the staff screens has the same list, kept up to date.',
      SIGN_OFF,
    ].join('\n'),
  };
}
