/**
 * De-duplication for one-shot readers (ID-12LA-style, keyboard, HID POS, serial scanners): the same
 * credential again within `windowMs` of its last accepted read is the same read (hardware.md §11, default
 * 1500 ms). A different credential is accepted at once. The window runs from the accepted read, so a
 * scanner left in continuous mode yields one read per window, not one per second forever.
 */
export class DedupeWindow {
  private accepted = new Map<string, number>();

  constructor(private readonly windowMs: number) {}

  admit(canonical: string, now: number): boolean {
    for (const [key, at] of this.accepted) if (now - at >= this.windowMs) this.accepted.delete(key);
    if (this.accepted.has(canonical)) return false;
    this.accepted.set(canonical, now);
    return true;
  }
}
