import type { Cue, Reason, ScanOutcome } from '../../../domain/index.js';
import type { Clock } from './clock.js';

/** The answer to the last tap or scan as both flows show it, with the sound that goes with it. */
export class ScanFeedback {
  private current: ScanOutcome | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly onCue: (cue: Cue) => void,
  ) {}

  get last(): ScanOutcome | null {
    return this.current;
  }

  note(outcome: ScanOutcome['outcome'], message: string): void {
    this.onCue(outcome === 'refused' ? 'scan-refused' : 'scan-ok');
    this.current = { outcome, message, reasons: [], at: this.clock.now() };
  }

  refuse(reasons: Reason[]): void {
    this.onCue('scan-refused');
    this.current = {
      outcome: 'refused',
      message: reasons.map((r) => r.message).join(' '),
      reasons,
      at: this.clock.now(),
    };
  }

  clear(): void {
    this.current = null;
  }
}
