import { eq } from 'drizzle-orm';
import type { LookupResult } from '../../domain/api/lookup.js';
import type { CredentialKey } from '../../domain/credentials/credential-key.js';
import { KitdeskError } from '../../domain/errors.js';
import type { Db } from '../db/database.js';
import { credential } from '../db/schema/index.js';
import { getAsset } from './assets.service.js';
import { getPerson } from './people.service.js';

/** Whatever a barcode, RFID or QR value names: values are unique across assets and people. */
export async function lookUp(db: Db, code: CredentialKey): Promise<LookupResult> {
  const [found] = await db.select().from(credential).where(eq(credential.code, code));
  if (!found) {
    throw new KitdeskError(
      'not_found',
      `Nothing has the code “${code}”. Check it, or register it on an asset or person.`,
    );
  }
  switch (found.ownerKind) {
    case 'asset':
      return { kind: 'asset', asset: await getAsset(db, found.ownerId) };
    case 'person':
      return { kind: 'person', person: await getPerson(db, found.ownerId) };
    default: {
      const unreachable: never = found.ownerKind;
      return unreachable;
    }
  }
}
