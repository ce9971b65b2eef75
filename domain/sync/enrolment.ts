import { z } from 'zod';
import { Id } from '../ids.js';
import { Text } from '../text.js';

/** `POST /kiosks/enrol`: a kiosk trades an admin's one-time code for its own long-lived credential. */
export const EnrolRequest = z.object({
  code: Text.min(6).max(64),
});
export type EnrolRequest = z.infer<typeof EnrolRequest>;

export const EnrolResponse = z.object({
  kioskId: Id,
  name: z.string(),
  locationId: Id.nullable(),
  /** Sent as `Authorization: Bearer <token>` on every sync call until an admin revokes the kiosk. */
  token: z.string().min(32),
});
export type EnrolResponse = z.infer<typeof EnrolResponse>;

/**
 * `GET /kiosks/me`: which kiosk this credential belongs to. A kiosk asks it of a new address before using
 * it: only the central system that enrolled it knows its credential, so a match means the same school.
 */
export const KioskIdentity = EnrolResponse.omit({ token: true });
export type KioskIdentity = z.infer<typeof KioskIdentity>;
