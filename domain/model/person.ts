import { z } from 'zod';
import { CredentialCode } from '../credentials/credential-key.js';
import { Id, IsoDate, IsoDateTime } from '../ids.js';
import { Text } from '../text.js';

/**
 * A pupil or member of staff. The password hash of the specification lives only in the central
 * database: it never crosses a boundary, so it has no place in this shape.
 */
export const Person = z.object({
  id: Id,
  name: Text.min(1).max(200),
  email: z.email().max(320).nullable(),
  department: Text.max(200).nullable(),
  school: Text.max(200).nullable(),
  lend: z.boolean(),
  staff: z.boolean(),
  isAdmin: z.boolean(),
  canLogIn: z.boolean(),
  rfid: CredentialCode.nullable(),
  barcode: CredentialCode.nullable(),
  /** When a pupil left the school; drives the retention rule. */
  leftAt: IsoDate.nullable(),
  /** Set once the person has been pseudonymised under GDPR erasure. */
  erasedAt: IsoDateTime.nullable(),
});
export type Person = z.infer<typeof Person>;

export const NewPerson = Person.omit({ id: true, erasedAt: true }).partial({
  email: true,
  department: true,
  school: true,
  lend: true,
  staff: true,
  isAdmin: true,
  canLogIn: true,
  rfid: true,
  barcode: true,
  leftAt: true,
});
export type NewPerson = z.infer<typeof NewPerson>;
