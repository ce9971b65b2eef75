/**
 * Someone holding the application's own database credentials tries to rewrite history by forging an
 * erasure (migration 0015). On PostgreSQL the API connects as a role that does not own the tables, as
 * the README says to deploy it; PGlite has one user, so there only the erasure function's checks apply.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditVerification } from '../../domain/api/audit.js';
import { Person } from '../../domain/model/person.js';
import { buildApp } from '../app.js';
import { openDatabase, type Database, type Db } from '../db/database.js';
import { auditEntry, person } from '../db/schema/index.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import {
  databaseKinds,
  openTestDatabase,
  postgresAvailable,
  withPgClient,
  type TestDatabase,
} from '../testing/test-databases.js';
import { signedInCast, type SignedIn } from '../testing/test-people.js';
import { testSettings } from '../testing/test-settings.js';

type Entry = typeof auditEntry.$inferSelect;

/** Someone added through the API and then marked erased behind its back, with the entry that added them. */
async function markedErased(app: FastifyInstance, db: Db, admin: SignedIn, name: string) {
  const res = await app.inject({ method: 'POST', url: '/people', headers: admin.auth, payload: { name } });
  expect(res.statusCode).toBe(201);
  const { id } = Person.parse(res.json());
  const pseudonym = `Erased person ${id.slice(0, 8)}`;
  await db.update(person).set({ name: pseudonym, erasedAt: new Date() }).where(eq(person.id, id));
  const [added] = await db
    .select()
    .from(auditEntry)
    .where(and(eq(auditEntry.entityId, id), eq(auditEntry.action, 'person.create')));
  return { id, name, pseudonym, added: added! };
}

/** Call the erasure function as the API does, with `entry` rewritten to `description` and `after`. */
const eraseFromAudit = (
  db: Db,
  personId: string,
  name: string,
  entry: Entry,
  description: string,
  after: unknown,
) =>
  db.transaction(async (tx) => {
    await tx.execute(
      sql`select kitdesk_erase_from_audit(gen_random_uuid(), 'system', null, ${personId}::uuid, 'Erased.',
        '{}'::jsonb, ${JSON.stringify({ names: [name], emails: [], departments: [], cards: [] })}::jsonb,
        ${JSON.stringify([{ id: entry.id, description, before: entry.before, after }])}::jsonb)`,
    );
  });

/** How the database refused `work`: its SQLSTATE and message. */
const refusal = (work: Promise<unknown>) =>
  work.then(
    () => ({ code: 'none', message: 'it was not refused' }),
    (err: Error & { cause?: { code?: string; message?: string } }) => ({
      code: err.cause?.code ?? 'none',
      message: err.cause?.message ?? err.message,
    }),
  );
const REWRITE_REFUSED = { code: '42501', message: expect.stringMatching(/may not be rewritten/) };

async function verify(app: FastifyInstance, admin: SignedIn): Promise<AuditVerification> {
  const res = await app.inject({ method: 'GET', url: '/audit/verify', headers: admin.auth });
  expect(res.statusCode).toBe(200);
  return AuditVerification.parse(res.json());
}

describe.each(databaseKinds)('the erasure function on %s', (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(kind);
    ({ admin } = await signedInCast(t.app, t.database.db));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a rewrite that writes anything in, and takes one that only takes the values out', async () => {
    const noor = await markedErased(t.app, t.database.db, admin, 'Noor Patel');
    const after = { ...(noor.added.after as object), name: noor.pseudonym };
    const erase = (description: string, rewrittenAfter: unknown) =>
      eraseFromAudit(t.database.db, noor.id, noor.name, noor.added, description, rewrittenAfter);
    expect(await refusal(erase('Nobody was added.', after))).toEqual(REWRITE_REFUSED);
    expect(await refusal(erase(`${noor.pseudonym} was added.`, { ...after, lend: false }))).toEqual(
      REWRITE_REFUSED,
    );
    await erase(`${noor.pseudonym} was added.`, after);
    expect((await verify(t.app, admin)).intact).toBe(true);
  });

  it('refuses to rewrite an entry that is not about the person erased', async () => {
    const noor = await markedErased(t.app, t.database.db, admin, 'Olu Ade');
    const other = await markedErased(t.app, t.database.db, admin, 'Pat Lee');
    const aboutSomeoneElse = eraseFromAudit(
      t.database.db,
      noor.id,
      'Pat',
      other.added,
      `${noor.pseudonym} Lee was added.`,
      other.added.after,
    );
    expect(await refusal(aboutSomeoneElse)).toEqual(REWRITE_REFUSED);
  });
});

describe.runIf(postgresAvailable)('the audit trail against the application database user', () => {
  let owner: TestDatabase;
  const role = `kitdesk_app_${randomBytes(4).toString('hex')}`;
  let database: Database;
  let app: FastifyInstance;
  let admin: SignedIn;

  beforeAll(async () => {
    owner = await openTestDatabase('postgres');
    await withPgClient(owner.url!, async (c) => {
      await c.query(`CREATE ROLE ${role} LOGIN PASSWORD 'app password'`);
      await c.query('SELECT kitdesk_grant_application_role($1)', [role]);
    });
    const url = new URL(owner.url!);
    url.username = role;
    url.password = 'app password';
    database = await openDatabase({ url: url.href, poolSize: 4, migrate: false });
    app = await buildApp({ db: database, settings: testSettings() });
    ({ admin } = await signedInCast(app, database.db));
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await owner?.close();
    await withPgClient(process.env.TEST_DATABASE_URL!, (c) => c.query(`DROP ROLE IF EXISTS ${role}`));
  });

  it('erases a person through the API, and the trail still verifies', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/people',
      headers: admin.auth,
      payload: { name: 'Amira Khan', email: 'amira@school.test' },
    });
    const { id } = Person.parse(res.json());
    const erased = await app.inject({ method: 'POST', url: `/people/${id}/erase`, headers: admin.auth });
    expect(erased.statusCode).toBe(200);
    expect(await verify(app, admin)).toMatchObject({ intact: true });
  });

  it('refuses a forged erasure record and a rewrite under it, and the trail still verifies', async () => {
    const [victim] = await database.db.select().from(auditEntry).orderBy(auditEntry.seq).limit(1);
    const forged = database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into audit_pending (id, actor_kind, action, entity_type, description, after)
        values ('00000000-0000-4000-8000-00000000e7a5', 'system', 'person.erase', 'person', 'Erased.',
                ${JSON.stringify({ redacted: {} })}::jsonb)`);
      await tx.execute(sql`update audit_entry set description = 'Nothing happened.', salt = null,
        redacted_by = '00000000-0000-4000-8000-00000000e7a5' where id = ${victim!.id}`);
    });
    expect(await refusal(forged)).toMatchObject({
      code: '42501',
      message: expect.stringMatching(/Only an erasure/),
    });
    const rewrite = database.db.execute(
      sql`update audit_entry set description = 'Nothing happened.' where id = ${victim!.id}`,
    );
    expect((await refusal(rewrite)).code).toBe('42501');
    const disable = database.db.execute(sql`alter table audit_entry disable trigger audit_entry_append_only`);
    expect((await refusal(disable)).code).toBe('42501');
    expect(await verify(app, admin)).toMatchObject({ intact: true });
  });

  it('refuses a rewrite through the erasure function that writes anything in', async () => {
    const pat = await markedErased(app, database.db, admin, 'Pat Lee');
    const after = { ...(pat.added.after as object), name: pat.pseudonym };
    const abused = eraseFromAudit(database.db, pat.id, pat.name, pat.added, 'Nobody was added.', after);
    expect(await refusal(abused)).toEqual(REWRITE_REFUSED);
    expect(await verify(app, admin)).toMatchObject({ intact: true });
  });
});
