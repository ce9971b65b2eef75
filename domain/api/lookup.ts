import { z } from 'zod';
import { CredentialCode } from '../ids.js';
import { Asset } from '../model/asset.js';
import { Person } from '../model/person.js';

/** `GET /lookup?code=`: whatever a barcode, RFID or QR value names. */
export const LookupQuery = z.object({ code: CredentialCode });
export type LookupQuery = z.infer<typeof LookupQuery>;

export const LookupResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('asset'), asset: Asset }),
  z.object({ kind: z.literal('person'), person: Person }),
]);
export type LookupResult = z.infer<typeof LookupResult>;
