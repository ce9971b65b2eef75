import {
  credentialKey,
  KitdeskError,
  PinAttempts,
  type Credential,
  type KioskPerson,
  type StaffAuthorityView,
} from '../../../domain/index.js';
import type { Clock } from '../session/clock.js';
import { pinMatches } from './pin-hash.js';

export type StaffGateDeps = {
  clock: Clock;
  /** How long staff authority lasts at most (STAFF_AUTHORITY_SECONDS). */
  authoritySeconds: number;
  /** The id of the station's current checkout or return session: authority given in another is void. */
  currentSession: () => string;
  /** The PIN hash the sync feed brought for this member of staff, or null when they have none. */
  pinHashOf: (personId: string) => string | null;
  /** Authority began or ended, or the keypad should open or close: the station shows its views again. */
  onChange: () => void;
};

type Holder = NonNullable<StaffAuthorityView['holder']> & { card: string; sessionId: string };
type Waiting = { person: KioskPerson; card: string; sessionId: string };

/** The session's side of the gate: what a checkout or return session tells it and asks of it. */
export type SessionAuthority = Pick<StaffGate, 'cardSeen' | 'holderOf' | 'view'>;

const isStaff = (p: KioskPerson) => p.staff || p.isAdmin;

/**
 * Staff authority at this station: approving a high-value loan or an override, and the staff-only
 * actions (the staff area, settings, devices, closing the kiosk). A staff card's tap gives it; a staff
 * card's barcode, which anyone can photograph or print, gives it only with that person's PIN on the
 * on-screen keypad. It belongs to the session it was given in, so the next person at the screen never
 * inherits it, and it lapses after `authoritySeconds` even within that session.
 */
export class StaffGate {
  private holder: Holder | null = null;
  private waiting: Waiting | null = null;
  private lapse: unknown = null;
  private readonly attempts: PinAttempts;

  constructor(private readonly d: StaffGateDeps) {
    this.attempts = new PinAttempts(() => d.clock.now());
  }

  /** A person's card was read during session `sessionId`: a tap of a staff card gives authority at once. */
  cardSeen(person: KioskPerson, c: Credential, sessionId: string): void {
    if (!isStaff(person)) return;
    const card = credentialKey(c.canonical);
    if (c.kind === 'barcode') this.waiting = { person, card, sessionId };
    else this.grant(person, 'tap', card, sessionId);
    this.d.onChange();
  }

  /** The PIN typed for the staff barcode the keypad is asking about. */
  async enterPin(pin: string): Promise<void> {
    const waiting = this.current(this.waiting);
    if (!waiting) {
      throw new KitdeskError('conflict', 'No staff card is waiting for a PIN: scan or tap your card first.');
    }
    this.attempts.check(waiting.card);
    const hash = this.d.pinHashOf(waiting.person.id);
    if (!hash) {
      throw new KitdeskError(
        'conflict',
        `${waiting.person.name} has no staff PIN yet: tap your card instead, or set a PIN in the console first.`,
      );
    }
    const right = await pinMatches(pin, hash);
    // The session may have ended while the hash was checked: the PIN then opens nothing.
    if (this.waiting !== waiting || !this.current(waiting)) {
      throw new KitdeskError('conflict', 'That session has ended: scan or tap your card again.');
    }
    if (!right) {
      const refusal = this.attempts.wrong(waiting.card);
      this.d.onChange();
      throw refusal;
    }
    this.attempts.right(waiting.card);
    this.grant(waiting.person, 'pin', waiting.card, waiting.sessionId);
    this.d.onChange();
  }

  cancelPin(): void {
    this.waiting = null;
    this.d.onChange();
  }

  /** Who holds authority on session `sessionId` now, with the key of the card they presented. */
  holderOf(sessionId: string): Holder | null {
    const h = this.holder;
    return h && h.sessionId === sessionId && h.until > this.d.clock.now() ? h : null;
  }

  view(sessionId: string): StaffAuthorityView {
    const h = this.holderOf(sessionId);
    const w = this.waiting?.sessionId === sessionId && !h ? this.waiting : null;
    return {
      holder: h && { id: h.id, name: h.name, via: h.via, until: h.until },
      pinWanted: w && { name: w.person.name, lockedUntil: this.attempts.lockedUntil(w.card) },
    };
  }

  /** The holder on the station's current session, for the staff-only actions outside a flow. */
  present(): Holder | null {
    return this.holderOf(this.d.currentSession());
  }

  require(action: string): void {
    if (!this.present()) {
      throw new KitdeskError(
        'forbidden',
        `Only a member of staff can ${action}: tap a staff card first (or scan its barcode and type the PIN).`,
      );
    }
  }

  private current<T extends { sessionId: string }>(x: T | null): T | null {
    return x && x.sessionId === this.d.currentSession() ? x : null;
  }

  private grant(person: KioskPerson, via: Holder['via'], card: string, sessionId: string): void {
    const { clock, authoritySeconds } = this.d;
    this.waiting = null;
    this.holder = {
      id: person.id,
      name: person.name,
      via,
      card,
      sessionId,
      until: clock.now() + authoritySeconds * 1000,
    };
    if (this.lapse !== null) clock.clearTimeout(this.lapse);
    this.lapse = clock.setTimeout(() => {
      this.lapse = null;
      this.d.onChange();
    }, authoritySeconds * 1000);
  }
}
