import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditVerification, HistoryPage } from '../../domain/api/audit.js';
import { auditEntry, person } from '../db/schema/index.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { signedInCast, signIn, type SignedIn } from '../testing/test-people.js';

describe.each(databaseKinds)('audit trail on %s', (kind) => {
  let t: TestApp;
  let cast: { admin: SignedIn; staff: SignedIn; borrower: SignedIn };
  beforeAll(async () => {
    t = await startTestApp(kind);
    cast = await signedInCast(t.app, t.database.db);
    const kiosk = await t.app.inject({
      method: 'POST',
      url: '/kiosks',
      headers: cast.admin.auth,
      payload: { name: 'K' },
    });
    expect(kiosk.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  const verify = async () => {
    const res = await t.app.inject({ method: 'GET', url: '/audit/verify', headers: cast.admin.auth });
    expect(res.statusCode).toBe(200);
    return AuditVerification.parse(res.json());
  };

  /** Change an entry behind the trail's back, as someone with raw database access could, then undo it. */
  async function tampered<T>(change: string[], work: () => Promise<T>, undo: string[]): Promise<T> {
    const run = async (statements: string[]) => {
      for (const s of statements) await t.database.db.execute(sql.raw(s));
    };
    await run(['ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only', ...change]);
    try {
      return await work();
    } finally {
      await run([...undo, 'ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only']);
    }
  }

  it('verifies an intact chain', async () => {
    const result = await verify();
    expect(result.intact).toBe(true);
    expect(result.checked).toBeGreaterThanOrEqual(4);
    expect(result.checked).toBe(result.latestSeq);
  });

  it('finds an entry whose contents were changed', async () => {
    const [row] = await t.database.db.select().from(auditEntry).where(eq(auditEntry.seq, 2));
    const result = await tampered(
      ["UPDATE audit_entry SET description = 'Nothing happened here.' WHERE seq = 2"],
      verify,
      [`UPDATE audit_entry SET description = '${row!.description.replaceAll("'", "''")}' WHERE seq = 2`],
    );
    expect(result).toMatchObject({ intact: false, checked: 1, firstProblem: { seq: 2, problem: 'altered' } });
    expect((await verify()).intact).toBe(true);
  });

  it('finds an entry rewritten with a fresh hash, because the next one no longer follows it', async () => {
    const [row] = await t.database.db.select().from(auditEntry).where(eq(auditEntry.seq, 2));
    const rehash = (description: string) => {
      const quoted = `'${description.replaceAll("'", "''")}'`;
      const digest = `kitdesk_audit_content_digest(salt, ${quoted}, before, after)`;
      return `UPDATE audit_entry SET description = ${quoted}, content_digest = ${digest},
        hash = kitdesk_audit_hash(prev_hash, seq, id, at, actor_kind, actor_id, action, entity_type, entity_id,
          subjects, ${digest}) WHERE seq = 2`;
    };
    const result = await tampered([rehash('Forged.')], verify, [rehash(row!.description)]);
    expect(result.firstProblem).toMatchObject({ seq: 3, problem: 'link_broken' });
  });

  it('finds a deleted entry', async () => {
    const result = await tampered(
      [
        'CREATE TABLE audit_backup AS SELECT * FROM audit_entry WHERE seq = 3',
        'DELETE FROM audit_entry WHERE seq = 3',
      ],
      verify,
      ['INSERT INTO audit_entry SELECT * FROM audit_backup', 'DROP TABLE audit_backup'],
    );
    expect(result.firstProblem).toMatchObject({ seq: 3, problem: 'missing' });
    expect((await verify()).intact).toBe(true);
  });

  it('only admins verify the chain', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/audit/verify', headers: cast.staff.auth })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/audit/verify' })).statusCode).toBe(401);
  });

  it('shows the history of a person, newest first, to staff', async () => {
    await signIn(t.app, (await emailOf(cast.borrower.id))!);
    const res = await t.app.inject({
      method: 'GET',
      url: `/people/${cast.borrower.id}/history?pageSize=1`,
      headers: cast.staff.auth,
    });
    expect(res.statusCode).toBe(200);
    const page = HistoryPage.parse(res.json());
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      action: 'auth.sign_in',
      actorKind: 'person',
      actorId: cast.borrower.id,
    });
  });

  it('history is for staff, with a valid id', async () => {
    const url = '/assets/5b0f3a52-2c4e-4c1d-9a57-3f1d2c9e8b70/history';
    expect((await t.app.inject({ method: 'GET', url, headers: cast.borrower.auth })).statusCode).toBe(403);
    const bad = await t.app.inject({ method: 'GET', url: '/assets/42/history', headers: cast.staff.auth });
    expect(bad.statusCode).toBe(400);
    const empty = await t.app.inject({ method: 'GET', url, headers: cast.staff.auth });
    expect(HistoryPage.parse(empty.json()).total).toBe(0);
  });

  async function emailOf(id: string): Promise<string | null | undefined> {
    const [row] = await t.database.db.select({ email: person.email }).from(person).where(eq(person.id, id));
    return row?.email;
  }
});
