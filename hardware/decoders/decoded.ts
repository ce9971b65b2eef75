import type { RejectReason } from '../../domain/devices/device-events.js';

/** Bytes that did not make a valid frame, with the reason the diagnostics screen counts them under. */
export type Rejected = { kind: 'reject'; reason: RejectReason; bytes: Uint8Array };

export type Decoded<F> = { kind: 'frame'; frame: F; bytes: Uint8Array } | Rejected;

/**
 * A pure decoder: bytes (or HID reports) in, frames and rejects out, no I/O and no clocks. Stream
 * decoders hold partial frames between calls, so the output never depends on how the input was chunked.
 */
export interface Decoder<F> {
  push(input: Uint8Array): Decoded<F>[];
  /** Forgets any partial frame, e.g. after the port was reopened. */
  reset(): void;
}

export function reject(reason: RejectReason, bytes: Uint8Array | readonly number[]): Rejected {
  return { kind: 'reject', reason, bytes: Uint8Array.from(bytes) };
}
