import type { Cue, Reason, ScanOutcome } from '../../../domain/index.js';
import type { Clock } from './clock.js';

/** The answer to a tap or scan as both flows show it, with the sound that goes with it. */
export class ScanFeedback {
  constructor(
    private readonly clock: Clock,
    private readonly onCue: (cue: Cue) => void,
  ) {}

  note(outcome: ScanOutcome['outcome'], message: string): ScanOutcome {
    this.onCue(outcome === 'refused' ? 'scan-refused' : 'scan-ok');
    return { outcome, message, reasons: [], at: this.clock.now() };
  }

  refuse(reasons: Reason[]): ScanOutcome {
    this.onCue('scan-refused');
    return {
      outcome: 'refused',
      message: reasons.map((r) => r.message).join(' '),
      reasons,
      at: this.clock.now(),
    };
  }
}
