export type WedgeOptions = {
  /** Longest gap between two keys of one label: scanners type a key every few ms, people every 100 ms or so. */
  maxGapMs: number;
  /** Shortest label worth treating as a scan, so two quick key presses are never mistaken for one. */
  minLength: number;
  /** Keys a scanner ends a label with (its configured suffix). */
  suffixes: readonly string[];
};

export const defaultWedgeOptions: WedgeOptions = { maxGapMs: 60, minLength: 4, suffixes: ['Enter', 'Tab'] };

/** What to do with one key press. */
export type WedgeVerdict =
  /** An ordinary key: the page gets it. */
  | { kind: 'pass' }
  /** Part of a burst that looks like a scanner: kept from whatever button has focus. */
  | { kind: 'swallow' }
  /** The suffix that ended a scan. */
  | { kind: 'scan'; data: string };

const MODIFIERS = new Set(['Shift', 'CapsLock']);

/**
 * Recognises a keyboard-wedge scanner by its timing and suffix: every key of the label within `maxGapMs`
 * of the one before, at least `minLength` characters, then the suffix just as quickly. Pure: it is told
 * each key and when it came, and holds nothing but the burst so far.
 */
export class WedgeDetector {
  private buffer = '';
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly o: WedgeOptions = defaultWedgeOptions) {}

  key(key: string, at: number): WedgeVerdict {
    // Scanners press Shift for capitals; it says nothing about timing.
    if (MODIFIERS.has(key)) return { kind: 'pass' };
    const quick = this.buffer.length > 0 && at - this.lastAt <= this.o.maxGapMs;
    if (this.o.suffixes.includes(key)) {
      const data = this.buffer;
      this.reset();
      return quick && data.length >= this.o.minLength ? { kind: 'scan', data } : { kind: 'pass' };
    }
    if (key.length !== 1) {
      this.reset();
      return { kind: 'pass' };
    }
    this.buffer = quick ? this.buffer + key : key;
    this.lastAt = at;
    return quick ? { kind: 'swallow' } : { kind: 'pass' };
  }

  reset(): void {
    this.buffer = '';
    this.lastAt = Number.NEGATIVE_INFINITY;
  }
}
