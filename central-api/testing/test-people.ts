/** People who can sign in, for tests: one of each role, signed in through the real login route. */
import type { FastifyInstance } from 'fastify';
import { SessionTokens } from '../../domain/api/auth.js';
import { newId } from '../../domain/ids.js';
import { hashPassword } from '../auth/passwords.js';
import type { Db } from '../db/database.js';
import { person } from '../db/schema/index.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let testHash: Promise<string> | null = null;

export type TestPersonInput = Partial<typeof person.$inferInsert> & { name: string };

/** Insert a person directly (test set-up, not the code under test); with an email they get TEST_PASSWORD. */
export async function addPerson(db: Db, input: TestPersonInput): Promise<typeof person.$inferSelect> {
  testHash ??= hashPassword(TEST_PASSWORD);
  const email = input.email ?? null;
  const [row] = await db
    .insert(person)
    .values({ id: newId(), ...input, email, passwordHash: email ? await testHash : null })
    .returning();
  return row!;
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<SessionTokens> {
  const res = await app.inject({ method: 'POST', url: '/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
  return SessionTokens.parse(res.json());
}

export type SignedIn = { id: string; token: string; auth: { authorization: string } };

/** An admin, a member of staff and a borrower who may sign in, each with a fresh access token. */
export async function signedInCast(app: FastifyInstance, db: Db) {
  const tag = newId().slice(0, 8);
  const make = async (name: string, flags: Partial<typeof person.$inferInsert>): Promise<SignedIn> => {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${tag}@school.test`;
    const p = await addPerson(db, { name, email, canLogIn: true, ...flags });
    const { accessToken } = await signIn(app, email);
    return { id: p.id, token: accessToken, auth: { authorization: `Bearer ${accessToken}` } };
  };
  return {
    admin: await make('Ada Admin', { isAdmin: true, staff: true }),
    staff: await make('Sam Staff', { staff: true }),
    borrower: await make('Bea Borrower', {}),
  };
}
