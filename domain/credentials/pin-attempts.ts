import { KitdeskError } from '../errors.js';
import { STAFF_PIN_LOCK_MINUTES, STAFF_PIN_TRIES, staffPinLockedMessage } from './staff-pin.js';

type CardTries = { wrong: number; lockedUntil: number | null };

/**
 * Wrong PINs counted per card: after STAFF_PIN_TRIES in a row the card's PIN is refused for
 * STAFF_PIN_LOCK_MINUTES, whatever is typed, so a photographed barcode cannot be tried against every PIN.
 * A right PIN clears the count. The kiosk keeps one for its offline checks, each API process one for
 * sign-ins; the kiosk also refuses a locked card before it asks the API.
 */
export class PinAttempts {
  private readonly cards = new Map<string, CardTries>();

  constructor(private readonly now: () => number) {}

  /** Refuses (rate_limited) while the card is locked. */
  check(card: string): void {
    const lockedUntil = this.lockedUntil(card);
    if (lockedUntil === null) return;
    throw new KitdeskError(
      'rate_limited',
      staffPinLockedMessage(Math.ceil((lockedUntil - this.now()) / 60_000)),
    );
  }

  lockedUntil(card: string): number | null {
    const r = this.cards.get(card);
    if (!r?.lockedUntil) return null;
    if (r.lockedUntil > this.now()) return r.lockedUntil;
    this.cards.delete(card);
    return null;
  }

  /** Counts a wrong PIN and answers the refusal to show: how many tries are left, or that it is now locked. */
  wrong(card: string): KitdeskError {
    const r = this.cards.get(card) ?? { wrong: 0, lockedUntil: null };
    r.wrong += 1;
    if (r.wrong >= STAFF_PIN_TRIES) {
      r.lockedUntil = this.now() + STAFF_PIN_LOCK_MINUTES * 60_000;
      this.cards.set(card, r);
      return new KitdeskError('rate_limited', staffPinLockedMessage(STAFF_PIN_LOCK_MINUTES));
    }
    this.cards.set(card, r);
    const left = STAFF_PIN_TRIES - r.wrong;
    return new KitdeskError(
      'unauthenticated',
      `That PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before this card is locked for ${STAFF_PIN_LOCK_MINUTES} minutes.`,
    );
  }

  right(card: string): void {
    this.cards.delete(card);
  }
}
