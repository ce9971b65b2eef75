/**
 * Presence for readers that repeat frames while a card stays in the field (RDM6300, Parallax, PN532
 * polling): the first frame of a card is a tap, repeats are not, and silence longer than `gapMs` means the
 * card left (python-rdm6300 uses a 0.5 s heartbeat, hardware.md §1.1). A different card is a tap at once.
 */
export class PresenceTracker {
  private present: { canonical: string; lastSeen: number } | null = null;

  constructor(private readonly gapMs: number) {}

  /** Records a frame; says whether it is a new tap and which card, if any, it displaced. */
  observe(canonical: string, now: number): { tap: boolean; left: string | null } {
    const current = this.present;
    if (current && current.canonical === canonical && now - current.lastSeen < this.gapMs) {
      current.lastSeen = now;
      return { tap: false, left: null };
    }
    this.present = { canonical, lastSeen: now };
    return { tap: true, left: current?.canonical ?? null };
  }

  /** The card that has been silent for `gapMs` by `now`, which is then forgotten. */
  expire(now: number): string | null {
    if (!this.present || now - this.present.lastSeen < this.gapMs) return null;
    const left = this.present.canonical;
    this.present = null;
    return left;
  }

  /** When the present card will count as gone if no frame arrives, or null with no card present. */
  deadline(): number | null {
    return this.present ? this.present.lastSeen + this.gapMs : null;
  }
}
