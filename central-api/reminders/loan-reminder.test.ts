import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../domain/api-error.js';
import { LoanReminderSent, ReminderRefusalDetails, ReminderRun } from '../../domain/api/reminders.js';
import { newId } from '../../domain/ids.js';
import { allocation, allocationAssetLine, asset, auditEntry, emailLog } from '../db/schema/index.js';
import { caller, UNKNOWN_ID, type Caller } from '../testing/http.js';
import { startSmtpServer, type TestSmtp } from '../testing/smtp-server.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds, type DatabaseKind } from '../testing/test-databases.js';
import { addPerson, signedInCast, type SignedIn } from '../testing/test-people.js';
import type { Db } from '../db/database.js';
import type { SmtpSettings } from './mailer.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Monday 9 March 2026, 09:30 in London (GMT). */
const START = new Date('2026-03-09T09:30:00Z');

type Refusal = { status: number; code: string; reason: string; message: string };

/** A loan written straight into the database (set-up, not the code under test). */
async function lend(db: Db, who: { name: string; email: string | null }, dueInHours: number) {
  const p = await addPerson(db, who);
  const a = { id: newId(), name: `${who.name}'s camera` };
  await db.insert(asset).values(a);
  const id = newId();
  await db.insert(allocation).values({
    id,
    personId: p.id,
    outAt: new Date(START.getTime() - 7 * 24 * HOUR),
    dueAt: new Date(START.getTime() + dueInHours * HOUR),
  });
  await db.insert(allocationAssetLine).values({ id: newId(), allocationId: id, assetId: a.id });
  return { id, personId: p.id };
}

const refusalOf = (res: { statusCode: number; json(): unknown }): Refusal => {
  const { error } = ApiErrorBody.parse(res.json());
  return {
    status: res.statusCode,
    code: error.code,
    reason: ReminderRefusalDetails.parse(error.details).reason,
    message: error.message,
  };
};

async function appWithoutWorkingMail(kind: DatabaseKind, mail: 'none' | 'server down') {
  let smtp: SmtpSettings | null = null;
  if (mail === 'server down') {
    // A real SMTP server's address, closed before use: the connection is refused as by a server that is down.
    const gone = await startSmtpServer();
    await gone.close();
    smtp = { url: gone.url, from: 'kitdesk@school.test' };
  }
  const other = await startTestApp(kind, { now: () => START, settings: { mail: smtp } });
  const cast = await signedInCast(other.app, other.database.db);
  const loan = await lend(other.database.db, { name: 'Ola Pupil', email: 'ola@school.test' }, -48);
  return { other, staff: caller(other.app, cast.staff.auth), loan, close: () => other.close() };
}

describe.each(databaseKinds)('an overdue reminder sent by hand on %s', (kind) => {
  let smtp: TestSmtp;
  let t: TestApp;
  let now = START;
  let cast: { admin: SignedIn; staff: SignedIn; borrower: SignedIn };
  let staff: Caller;
  const loans: Record<string, { id: string; personId: string }> = {};

  beforeAll(async () => {
    smtp = await startSmtpServer(['gus@school.test']);
    t = await startTestApp(kind, {
      now: () => now,
      mailer: smtp.mailer(),
      settings: { accessTokenTtlSeconds: 7 * 86_400 },
    });
    cast = await signedInCast(t.app, t.database.db);
    staff = caller(t.app, cast.staff.auth);
    const db = t.database.db;
    loans.ben = await lend(db, { name: 'Ben Pupil', email: 'ben@school.test' }, -48);
    loans.cal = await lend(db, { name: 'Cal Pupil', email: null }, -24);
    loans.dee = await lend(db, { name: 'Dee Pupil', email: 'dee@school.test' }, 72);
    loans.eve = await lend(db, { name: 'Eve Pupil', email: 'eve@school.test' }, -30);
    loans.gus = await lend(db, { name: 'Gus Pupil', email: 'gus@school.test' }, -72);
    loans.ivy = await lend(db, { name: 'Ivy Pupil', email: 'ivy@school.test' }, -5);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const remind = (loanId: string, as: Caller = staff) => as.post(`/loans/${loanId}/remind`);
  const emailsAbout = (loanId: string) =>
    t.database.db.select().from(emailLog).where(eq(emailLog.allocationId, loanId));

  it('emails the borrower the overdue reminder, logs it, audits who asked, and answers to whom and when', async () => {
    const res = await remind(loans.ben!.id);
    expect(res.statusCode, res.body).toBe(200);
    const sent = LoanReminderSent.parse(res.json());
    expect(sent).toMatchObject({
      allocationId: loans.ben!.id,
      personId: loans.ben!.personId,
      recipient: 'ben@school.test',
      sentAt: START.toISOString(),
    });
    expect(smtp.messages).toHaveLength(1);
    const [message] = smtp.messages;
    expect(message!.to).toEqual(['ben@school.test']);
    expect(message!.subject).toBe('Your borrowed equipment is overdue');
    expect(message!.text).toContain('Hello Ben Pupil,');
    expect(message!.text).toContain("  • Ben Pupil's camera");

    const [logged] = await emailsAbout(loans.ben!.id);
    expect(logged).toMatchObject({
      id: sent.emailId,
      kind: 'loan_overdue',
      key: `loan_overdue:${loans.ben!.id}`,
      recipient: 'ben@school.test',
    });
    expect(logged!.messageId).not.toBeNull();
    const audited = await t.database.db
      .select()
      .from(auditEntry)
      .where(and(eq(auditEntry.action, 'email.sent'), eq(auditEntry.entityId, sent.emailId)));
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actorKind: 'person', actorId: cast.staff.id });
    expect(audited[0]!.subjects).toEqual(expect.arrayContaining([loans.ben!.personId, loans.ben!.id]));
  });

  it('refuses a second click within minutes, saying when the last one went, and sends nothing', async () => {
    now = new Date(START.getTime() + 4 * MINUTE);
    const refused = refusalOf(await remind(loans.ben!.id));
    expect(refused).toEqual({
      status: 409,
      code: 'conflict',
      reason: 'reminded_recently',
      message:
        'An overdue reminder went to ben@school.test at 09:30. So that they do not get two, another can go from 09:35.',
    });
    expect(smtp.messages).toHaveLength(1);
  });

  it('sends another once the gap has passed, under a key of its own', async () => {
    now = new Date(START.getTime() + 5 * MINUTE);
    const res = await remind(loans.ben!.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(smtp.messages).toHaveLength(2);
    const keys = (await emailsAbout(loans.ben!.id)).map((e) => e.key);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
  });

  it('sends one email for two clicks at once, the first reminder of a loan or a later one', async () => {
    const twoClicks = async () => {
      const before = smtp.messages.length;
      const answers = await Promise.all([remind(loans.eve!.id), remind(loans.eve!.id)]);
      expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(smtp.messages.length - before).toBe(1);
    };
    await twoClicks();
    now = new Date(now.getTime() + 5 * MINUTE);
    await twoClicks();
    expect(await emailsAbout(loans.eve!.id)).toHaveLength(2);
  });

  it('counts as the overdue reminder the timer would send, and a timer’s reminder counts as a recent one', async () => {
    const before = smtp.messages.length;
    const admin = caller(t.app, cast.admin.auth);
    const run = ReminderRun.parse((await admin.post('/reminders/run')).json());
    // Ben and Eve were reminded by hand; Ivy gets the timer's; Cal has no email; Gus's address is refused.
    expect(run.sent.loanOverdue).toBe(1);
    expect(smtp.messages.slice(before).map((m) => m.to[0])).toContain('ivy@school.test');
    expect(smtp.messages.slice(before).map((m) => m.to[0])).not.toContain('ben@school.test');
    expect(refusalOf(await remind(loans.ivy!.id))).toMatchObject({
      status: 409,
      reason: 'reminded_recently',
    });
  });

  it('refuses, with a reason, a loan that does not exist, has come back or is not overdue yet', async () => {
    expect(refusalOf(await remind(UNKNOWN_ID))).toMatchObject({
      status: 404,
      code: 'not_found',
      reason: 'loan_not_found',
    });
    expect(refusalOf(await remind(loans.dee!.id))).toEqual({
      status: 409,
      code: 'conflict',
      reason: 'loan_not_overdue',
      message: 'This loan is not due back until Thursday 12 March at 09:30, so it is not overdue yet.',
    });
    const db = t.database.db;
    const back = new Date(START.getTime() - HOUR);
    await db.update(allocation).set({ returnedAt: back }).where(eq(allocation.id, loans.ben!.id));
    expect(refusalOf(await remind(loans.ben!.id))).toEqual({
      status: 409,
      code: 'conflict',
      reason: 'loan_returned',
      message: 'This loan came back on Monday 9 March at 08:30: there is nothing to remind Ben Pupil about.',
    });
  });

  it('refuses a borrower with no email, or one the mail server will not take, and logs nothing', async () => {
    expect(refusalOf(await remind(loans.cal!.id))).toEqual({
      status: 422,
      code: 'refused_by_rules',
      reason: 'no_email',
      message:
        'Cal Pupil has no email address on record, so no reminder can be emailed. Add one to their record, or remind them in person.',
    });
    expect(refusalOf(await remind(loans.gus!.id))).toEqual({
      status: 422,
      code: 'refused_by_rules',
      reason: 'address_refused',
      message:
        'The mail server refused gus@school.test as an address, so no reminder was sent. Check the email on Gus Pupil’s record.',
    });
    expect(await emailsAbout(loans.cal!.id)).toEqual([]);
    expect(await emailsAbout(loans.gus!.id)).toEqual([]);
  });

  it('is for staff: refused without a token, to a borrower, and for an address that is not a loan id', async () => {
    const before = smtp.messages.length;
    const answers = [
      await remind(loans.eve!.id, caller(t.app)),
      await remind(loans.eve!.id, caller(t.app, cast.borrower.auth)),
      await remind('not-a-loan'),
    ];
    expect(answers.map((r) => [r.statusCode, ApiErrorBody.parse(r.json()).error.code])).toEqual([
      [401, 'unauthenticated'],
      [403, 'forbidden'],
      [400, 'validation_failed'],
    ]);
    expect(smtp.messages.length).toBe(before);
  });

  it.each(['none', 'server down'] as const)(
    'answers 503 with a sentence when mail is %s, and logs nothing',
    async (mail) => {
      const app = await appWithoutWorkingMail(kind, mail);
      try {
        const refused = refusalOf(await remind(app.loan.id, app.staff));
        expect(refused).toMatchObject({
          status: 503,
          code: 'unavailable',
          reason: mail === 'none' ? 'mail_not_configured' : 'mail_unavailable',
        });
        expect(refused.message).toMatch(
          mail === 'none' ? /SMTP_URL/ : /could not take the reminder.*tell IT/,
        );
        expect(await app.other.database.db.select().from(emailLog)).toEqual([]);
      } finally {
        await app.close();
      }
    },
  );
});
