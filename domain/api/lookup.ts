import { z } from 'zod';
import { CredentialKey } from '../credentials/credential-key.js';
import { Asset } from '../model/asset.js';
import { Person } from '../model/person.js';

/** `GET /lookup?code=`: whatever a barcode, RFID or QR value names, matched as its key. */
export const LookupQuery = z.object({ code: CredentialKey });
export type LookupQuery = z.infer<typeof LookupQuery>;

export const LookupResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('asset'), asset: Asset }),
  z.object({ kind: z.literal('person'), person: Person }),
]);
export type LookupResult = z.infer<typeof LookupResult>;
