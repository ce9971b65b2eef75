import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Me, SessionTokens } from '../../domain/api/auth.js';
import { KitdeskError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import { rolesOfPerson } from '../../domain/model/role.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import type { Tx } from '../db/database.js';
import { toPerson } from '../db/rows.js';
import { person, refreshToken } from '../db/schema/index.js';
import { verifyAgainstNobody, verifyPassword } from './passwords.js';
import { digest, newSecret } from './secrets.js';

const REFRESH_TOKEN_PREFIX = 'kdr_';
const DAY_MS = 86_400_000;
const WRONG_CREDENTIALS =
  'That email and password do not match an account that may sign in. Check them and try again.';

type PersonRow = typeof person.$inferSelect;

/** Whether this person may hold a session at all: `can log in` false means never. */
export function maySignIn(p: Pick<PersonRow, 'canLogIn' | 'passwordHash' | 'erasedAt'>): boolean {
  return p.canLogIn && p.passwordHash !== null && p.erasedAt === null;
}

async function openSession(
  ctx: Pick<AppContext, 'now' | 'tokens' | 'refreshTokenTtlDays'>,
  tx: Tx,
  p: PersonRow,
): Promise<SessionTokens> {
  const roles = rolesOfPerson(p);
  const secret = newSecret(REFRESH_TOKEN_PREFIX);
  const expiresAt = new Date(ctx.now().getTime() + ctx.refreshTokenTtlDays * DAY_MS);
  await tx.insert(refreshToken).values({ id: newId(), personId: p.id, tokenHash: digest(secret), expiresAt });
  return {
    tokenType: 'Bearer',
    accessToken: await ctx.tokens.issue({ id: p.id, name: p.name, roles }),
    expiresIn: ctx.tokens.ttlSeconds,
    refreshToken: secret,
    refreshExpiresAt: expiresAt.toISOString(),
    person: toPerson(p),
    roles,
  };
}

export async function signIn(
  ctx: Pick<AppContext, 'db' | 'now' | 'tokens' | 'refreshTokenTtlDays'>,
  email: string,
  password: string,
): Promise<SessionTokens> {
  const address = email.trim().toLowerCase();
  const [p] = await ctx.db.select().from(person).where(eq(person.email, address));
  const ok =
    p && maySignIn(p) ? await verifyPassword(password, p.passwordHash!) : await verifyAgainstNobody(password);
  if (!p || !ok) {
    await appendAudit(ctx.db, p ? { kind: 'person', id: p.id } : { kind: 'system', id: null }, {
      action: 'auth.sign_in_failed',
      entityType: 'person',
      entityId: p?.id ?? null,
      description: `A sign-in as ${address} failed.`,
    });
    throw new KitdeskError('unauthenticated', WRONG_CREDENTIALS);
  }
  return ctx.db.transaction(async (tx) => {
    const session = await openSession(ctx, tx, p);
    await appendAudit(
      tx,
      { kind: 'person', id: p.id },
      {
        action: 'auth.sign_in',
        entityType: 'person',
        entityId: p.id,
        description: `${p.name} signed in.`,
      },
    );
    return session;
  });
}

/** Trade a refresh token for a new session; each token works once, so a stolen copy is soon useless. */
export async function refreshSession(
  ctx: Pick<AppContext, 'db' | 'now' | 'tokens' | 'refreshTokenTtlDays'>,
  token: string,
): Promise<SessionTokens> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const [used] = await tx
      .update(refreshToken)
      .set({ revokedAt: now })
      .where(
        and(
          eq(refreshToken.tokenHash, digest(token)),
          isNull(refreshToken.revokedAt),
          gt(refreshToken.expiresAt, now),
        ),
      )
      .returning({ personId: refreshToken.personId });
    const [p] = used ? await tx.select().from(person).where(eq(person.id, used.personId)) : [];
    if (!p || !maySignIn(p)) {
      throw new KitdeskError('unauthenticated', 'This session has ended or was signed out. Sign in again.');
    }
    return openSession(ctx, tx, p);
  });
}

export async function signOut(ctx: Pick<AppContext, 'db' | 'now'>, token: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [ended] = await tx
      .update(refreshToken)
      .set({ revokedAt: ctx.now() })
      .where(and(eq(refreshToken.tokenHash, digest(token)), isNull(refreshToken.revokedAt)))
      .returning({ personId: refreshToken.personId });
    if (!ended) return;
    await appendAudit(
      tx,
      { kind: 'person', id: ended.personId },
      {
        action: 'auth.sign_out',
        entityType: 'person',
        entityId: ended.personId,
        description: 'Signed out.',
      },
    );
  });
}

/** End every session of a person, when their password changes or they lose the right to sign in. */
export async function endSessionsOf(tx: Tx, personId: string, now: Date): Promise<void> {
  await tx
    .update(refreshToken)
    .set({ revokedAt: now })
    .where(and(eq(refreshToken.personId, personId), isNull(refreshToken.revokedAt)));
}

export async function whoIs(ctx: Pick<AppContext, 'db'>, personId: string): Promise<Me> {
  const [p] = await ctx.db.select().from(person).where(eq(person.id, personId));
  if (!p)
    throw new KitdeskError('not_found', 'The account of this access token no longer exists. Sign in again.');
  return { person: toPerson(p), roles: rolesOfPerson(p) };
}
