import type { Decoded, Decoder } from './decoded.js';

/** A decoder that holds a frame until its terminator, which a scanner set to send no suffix never sends. */
export interface HeldFrameDecoder<F> extends Decoder<F> {
  /** Whether part of a frame (or of a rejected one) is waiting for its terminator. */
  holding(): boolean;
  /** Ends the held frame as if its terminator had arrived. */
  endHeld(): Decoded<F>[];
}

/**
 * A decoder told when each input arrived, by the device's timestamps rather than a clock of its own, so it
 * stays pure: the same inputs at the same times give the same output however they were chunked.
 */
export interface TimedDecoder<F> {
  push(input: Uint8Array, at: number): Decoded<F>[];
  /** Ends a frame whose device has been silent for the gap by `now`. */
  expire(now: number): Decoded<F>[];
  /** When the held frame ends if nothing more arrives; null when nothing is held. */
  deadline(): number | null;
  /** The input has ended (the end of a capture): ends the held frame. */
  end(): Decoded<F>[];
  reset(): void;
}

/**
 * Ends a scan at its suffix or after `gapMs` of silence, whichever comes first (hardware.md §5: an
 * inter-byte timeout for scanners without a suffix). A scanner types a label in one burst, a few
 * milliseconds a key or chunk, so a longer silence means the label is complete.
 */
export function endAfterGap<F>(decoder: HeldFrameDecoder<F>, gapMs: number): TimedDecoder<F> {
  let lastInputAt: number | null = null;
  const deadline = () => (lastInputAt !== null && decoder.holding() ? lastInputAt + gapMs : null);
  const expire = (now: number): Decoded<F>[] => {
    const due = deadline();
    return due !== null && now >= due ? decoder.endHeld() : [];
  };
  return {
    push(input, at) {
      const ended = expire(at);
      lastInputAt = at;
      return [...ended, ...decoder.push(input)];
    },
    expire,
    deadline,
    end: () => decoder.endHeld(),
    reset() {
      lastInputAt = null;
      decoder.reset();
    },
  };
}

/** A decoder whose frames always end with their own bytes (STX/ETX, checksums, HID POS reports). */
export function untimed<F>(decoder: Decoder<F>): TimedDecoder<F> {
  return {
    push: (input) => decoder.push(input),
    expire: () => [],
    deadline: () => null,
    end: () => [],
    reset: () => decoder.reset(),
  };
}
