import { z } from 'zod';
import { Id, IsoDateTime } from '../ids.js';
import { Text } from '../text.js';

/** `POST /kiosks` (admin): register a kiosk and get the one-time code to type into it. */
export const CreateKioskRequest = z.object({
  name: Text.min(1).max(200),
  /** Where the kiosk stands: returns made at it put items here. */
  locationId: Id.nullable().default(null),
});
export type CreateKioskRequest = z.infer<typeof CreateKioskRequest>;

export const KioskView = z.object({
  id: Id,
  name: z.string(),
  locationId: Id.nullable(),
  status: z.enum(['awaiting_enrolment', 'enrolled', 'revoked']),
  enrolledAt: IsoDateTime.nullable(),
  revokedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
});
export type KioskView = z.infer<typeof KioskView>;

/** The code is shown once: only its digest is stored. It works once, until `expiresAt`. */
export const KioskEnrolmentCode = z.object({
  kiosk: KioskView,
  enrolmentCode: z.string(),
  expiresAt: IsoDateTime,
});
export type KioskEnrolmentCode = z.infer<typeof KioskEnrolmentCode>;
