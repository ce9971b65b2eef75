import { newId, type Credential, type KioskPerson, type StaffAuthorityView } from '../../../domain/index.js';
import type { SessionAuthority } from '../station/staff-gate.js';

export type Staff = { id: string; name: string; overrideReason: string | null };

/**
 * Staff authority as one checkout or return session sees it. Authority belongs to a session: `renew`
 * starts another (a new borrower, a finished loan or return, a timeout), and what the last one was given
 * stays with it, an override's reason as well.
 */
export class SessionStaff {
  private id = newId();
  private override: { staffId: string; reason: string } | null = null;

  constructor(private readonly authority: SessionAuthority) {}

  get sessionId(): string {
    return this.id;
  }

  cardSeen(p: KioskPerson, c: Credential): void {
    this.authority.cardSeen(p, c, this.id);
  }

  /** Whether this person holds staff authority on this session now. */
  holds(personId: string): boolean {
    return this.authority.holderOf(this.id)?.id === personId;
  }

  /** The member of staff holding authority on this session, unless it is the borrower themselves. */
  helper(borrowerId: string | null): Staff | null {
    const h = this.authority.holderOf(this.id);
    if (!h || h.id === borrowerId) return null;
    const overrideReason = this.override?.staffId === h.id ? this.override.reason : null;
    return { id: h.id, name: h.name, overrideReason };
  }

  setOverride(staffId: string, reason: string): void {
    this.override = { staffId, reason };
  }

  renew(): void {
    this.id = newId();
    this.override = null;
  }

  view(): StaffAuthorityView {
    return this.authority.view(this.id);
  }
}
