import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { signingKey } from '../db/schema/index.js';

const ACCESS_TOKEN_KEY = 'access-token';

/** The access-token key: made by whichever replica starts first, then shared by all through the database. */
export async function loadSigningKey(db: Db): Promise<Uint8Array> {
  await db
    .insert(signingKey)
    .values({ id: ACCESS_TOKEN_KEY, secret: randomBytes(32).toString('base64') })
    .onConflictDoNothing();
  const [row] = await db.select().from(signingKey).where(eq(signingKey.id, ACCESS_TOKEN_KEY));
  if (!row) throw new Error('The access-token signing key could not be stored.');
  return Buffer.from(row.secret, 'base64');
}
