import { KitdeskError, type KioskPerson } from '../../../domain/index.js';
import type { Clock } from '../session/clock.js';

/** How long a staff card tap unlocks staff-only actions on this station. */
const WINDOW_MS = 5 * 60_000;

/**
 * Remembers the last staff card seen on this station, whichever flow it went to, so that staff-only
 * actions (closing the kiosk, changing its devices) need a real staff tap or a scan of a staff card's barcode.
 */
export class StaffGate {
  private last: { name: string; at: number } | null = null;

  constructor(private readonly clock: Clock) {}

  seen(person: KioskPerson): void {
    if (person.staff || person.isAdmin) this.last = { name: person.name, at: this.clock.now() };
  }

  present(): boolean {
    return this.last !== null && this.clock.now() - this.last.at <= WINDOW_MS;
  }

  require(action: string): void {
    if (!this.present()) {
      throw new KitdeskError(
        'forbidden',
        `Only a member of staff can ${action}: tap a staff card (or scan its barcode) first.`,
      );
    }
  }
}
