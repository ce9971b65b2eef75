import { z } from 'zod';

/**
 * A staff PIN: a few digits typed on the kiosk's on-screen keypad, with a staff card's barcode (which can
 * be photographed) or a tap of the card (to sign the staff area in). Short by design, so it is only ever
 * worth something with the card and behind the per-card limit below.
 */
export const StaffPin = z.string().regex(/^[0-9]{4,8}$/, 'A staff PIN is 4 to 8 digits.');
export type StaffPin = z.infer<typeof StaffPin>;

/** Wrong PINs in a row for one card before that card's PIN is refused for a while. */
export const STAFF_PIN_TRIES = 5;
/** How long a card stays locked after too many wrong PINs. */
export const STAFF_PIN_LOCK_MINUTES = 15;

/** The sentence a locked card is refused with, the same at the kiosk and at the central API. */
export const staffPinLockedMessage = (minutesLeft: number): string =>
  `Too many wrong PINs for this card: it is locked for ${minutesLeft} more minute${minutesLeft === 1 ? '' : 's'}. Tap the card instead, or ask an administrator.`;
