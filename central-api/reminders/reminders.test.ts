import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmailLogPage, ReminderRun } from '../../domain/api/reminders.js';
import { newId } from '../../domain/ids.js';
import { allocation, allocationAssetLine, asset, auditEntry, person } from '../db/schema/index.js';
import { tablesMentioning } from '../testing/database-scan.js';
import { caller, errorCodeOf, type Caller } from '../testing/http.js';
import { startSmtpServer, type TestSmtp } from '../testing/smtp-server.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { addPerson, signedInCast, type SignedIn } from '../testing/test-people.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Monday 9 March 2026, 09:30 in London (GMT): after the 08:00 digest hour. */
const START = new Date('2026-03-09T09:30:00Z');

describe.each(databaseKinds)('reminder emails on %s', (kind) => {
  let smtp: TestSmtp;
  let t: TestApp;
  let now = START;
  let cast: { admin: SignedIn; staff: SignedIn; borrower: SignedIn };
  let admin: Caller;
  const people: Record<string, { id: string; email: string | null }> = {};
  const loans: Record<string, string> = {};
  const staffEmails = { admin: '', staff: '' };

  beforeAll(async () => {
    smtp = await startSmtpServer(['gus@school.test']);
    t = await startTestApp(kind, {
      now: () => now,
      mailer: smtp.mailer(),
      settings: {
        reminders: { dueSoonHours: 24, digestHour: 8, intervalMinutes: 15 },
        // The clock moves a day and more; the admin's token must outlast it.
        accessTokenTtlSeconds: 7 * 86_400,
      },
    });
    cast = await signedInCast(t.app, t.database.db);
    admin = caller(t.app, cast.admin.auth);
    const db = t.database.db;
    for (const who of ['admin', 'staff'] as const) {
      const [p] = await db.select({ email: person.email }).from(person).where(eq(person.id, cast[who].id));
      staffEmails[who] = p!.email!;
    }
    // Loans written straight into the database at known times (set-up, not the code under test).
    const lend = async (who: string, email: string | null, outHoursAgo: number, dueInHours: number) => {
      const p = await addPerson(db, { name: `${who[0]!.toUpperCase()}${who.slice(1)} Pupil`, email });
      people[who] = { id: p.id, email };
      const a = { id: newId(), name: `${who}'s camera` };
      await db.insert(asset).values(a);
      const id = newId();
      await db.insert(allocation).values({
        id,
        personId: p.id,
        outAt: new Date(START.getTime() - outHoursAgo * HOUR),
        dueAt: new Date(START.getTime() + dueInHours * HOUR),
      });
      await db.insert(allocationAssetLine).values({ id: newId(), allocationId: id, assetId: a.id });
      loans[who] = id;
    };
    await lend('ava', 'ava@school.test', 62, 10); // due within a day, after a three-day loan
    await lend('ben', 'ben@school.test', 120, -48); // two days overdue
    await lend('cal', null, 96, -24); // overdue, but no email to write to
    await lend('dee', 'dee@school.test', 1, 72); // due in three days
    await lend('eve', 'eve@school.test', 2, 10); // a twelve-hour loan: she was just told when it is due
    await lend('gus', 'gus@school.test', 150, -72); // overdue; the mail server refuses his address
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const run = async () => {
    const res = await admin.post('/reminders/run');
    expect(res.statusCode, res.body).toBe(200);
    return ReminderRun.parse(res.json());
  };
  const sentTo = () => smtp.messages.map((m) => `${m.to.join(',')}: ${m.subject}`);

  it('emails the due, the overdue and each member of staff, exactly', async () => {
    expect(await run()).toEqual({ sent: { loanDue: 1, loanOverdue: 1, staffDigest: 2 }, failed: 1 });
    expect(sentTo().sort()).toEqual(
      [
        'ava@school.test: Equipment due back by Monday 9 March at 19:30',
        'ben@school.test: Your borrowed equipment is overdue',
        `${staffEmails.admin}: Kitdesk: 3 overdue loans`,
        `${staffEmails.staff}: Kitdesk: 3 overdue loans`,
      ].sort(),
    );
    const ava = smtp.messages.find((m) => m.to[0] === 'ava@school.test')!;
    expect(ava.from).toBe('kitdesk@school.test');
    expect(ava.text).toContain('Hello Ava Pupil,');
    expect(ava.text).toContain("  • ava's camera");
    const digest = smtp.messages.find((m) => m.to[0] === staffEmails.staff)!;
    // Most overdue first: Gus (3 days), Ben (2), Cal (1).
    expect(
      digest.text
        .split('\n')
        .filter((l) => l.startsWith('  • '))
        .map((l) => l.slice(4, 12)),
    ).toEqual(['Gus Pupi', 'Ben Pupi', 'Cal Pupi']);
    expect(digest.text).toContain('2 days overdue');
  });

  it('does not send anything twice, and logs every email it sent', async () => {
    expect(await run()).toEqual({ sent: { loanDue: 0, loanOverdue: 0, staffDigest: 0 }, failed: 1 });
    expect(smtp.messages).toHaveLength(4);
    const log = EmailLogPage.parse((await admin.get('/reminders/emails?pageSize=50')).json());
    expect(log.total).toBe(4);
    expect(log.items.map((e) => e.kind).sort()).toEqual([
      'loan_due',
      'loan_overdue',
      'staff_digest',
      'staff_digest',
    ]);
    expect(log.items.every((e) => e.messageId !== null && e.recipient !== null)).toBe(true);
    const [audited] = await t.database.db
      .select({ n: count() })
      .from(auditEntry)
      .where(eq(auditEntry.action, 'email.sent'));
    expect(audited?.n).toBe(4);
  });

  it('when two runs race, each new reminder still goes once', async () => {
    now = new Date(START.getTime() + 11 * HOUR);
    const [a, b] = await Promise.all([run(), run()]);
    // Ava's and Eve's loans are overdue now; today's digest has gone already.
    expect(a!.sent.loanOverdue + b!.sent.loanOverdue).toBe(2);
    expect(a!.sent.staffDigest + b!.sent.staffDigest + a!.sent.loanDue + b!.sent.loanDue).toBe(0);
    expect(sentTo().slice(4).sort()).toEqual([
      'ava@school.test: Your borrowed equipment is overdue',
      'eve@school.test: Your borrowed equipment is overdue',
    ]);
  });

  it('sends the next day’s digest the next morning, and nothing before the digest hour', async () => {
    now = new Date(START.getTime() + DAY - 2 * HOUR);
    expect((await run()).sent.staffDigest).toBe(0);
    now = new Date(START.getTime() + DAY);
    expect((await run()).sent).toEqual({ loanDue: 0, loanOverdue: 0, staffDigest: 2 });
    expect(smtp.messages).toHaveLength(8);
    expect(smtp.messages.at(-1)?.subject).toBe('Kitdesk: 5 overdue loans');
  });

  it('forgets the address when its owner is erased', async () => {
    const db = t.database.db;
    await db.update(allocation).set({ returnedAt: now }).where(eq(allocation.id, loans.ben!));
    await db
      .update(allocationAssetLine)
      .set({ returnedAt: now })
      .where(eq(allocationAssetLine.allocationId, loans.ben!));
    expect((await admin.post(`/people/${people.ben!.id}/erase`)).statusCode).toBe(200);
    expect(await tablesMentioning(db, ['ben@school.test'])).toEqual([]);
    const log = EmailLogPage.parse((await admin.get('/reminders/emails?kind=loan_overdue')).json());
    expect(log.items.find((e) => e.personId === people.ben!.id)?.recipient).toBeNull();
  });

  it('says plainly when email is not set up', async () => {
    const other = await startTestApp(kind);
    try {
      const c = await signedInCast(other.app, other.database.db);
      const res = await caller(other.app, c.admin.auth).post('/reminders/run');
      expect(res.statusCode).toBe(503);
      expect(errorCodeOf(res)).toBe('unavailable');
      expect(res.json().error.message).toMatch(/SMTP_URL/);
    } finally {
      await other.close();
    }
  });
});
