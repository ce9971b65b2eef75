import { toHex } from '../bytes/hex.js';
import type { Decoded, Decoder } from '../decoders/decoded.js';

/** A decoder's output with bytes as hex, so test failures read like datasheets. */
export type Readable<F> = ({ kind: 'frame'; frame: F } | { kind: 'reject'; reason: string }) & {
  hex: string;
};

export function readable<F>(decoded: readonly Decoded<F>[]): Readable<F>[] {
  return decoded.map((d) =>
    d.kind === 'frame'
      ? { kind: 'frame', frame: d.frame, hex: toHex(d.bytes) }
      : { kind: 'reject', reason: d.reason, hex: toHex(d.bytes) },
  );
}

function decodeChunks<F>(decoder: Decoder<F>, chunks: readonly Uint8Array[]): Readable<F>[] {
  return readable(chunks.flatMap((c) => decoder.push(c)));
}

/**
 * The input decoded whole, cut in two at every byte boundary, and fed one byte at a time: a stream decoder
 * must give the same answer for all of them.
 */
export function decodeEverySplit<F>(
  makeDecoder: () => Decoder<F>,
  bytes: Uint8Array,
): { whole: Readable<F>[]; splits: { label: string; output: Readable<F>[] }[] } {
  const whole = decodeChunks(makeDecoder(), [bytes]);
  const splits = [];
  for (let at = 0; at <= bytes.length; at++) {
    splits.push({
      label: `split at ${at}`,
      output: decodeChunks(makeDecoder(), [bytes.subarray(0, at), bytes.subarray(at)]),
    });
  }
  splits.push({
    label: 'byte by byte',
    output: decodeChunks(
      makeDecoder(),
      Array.from(bytes, (b) => Uint8Array.of(b)),
    ),
  });
  return { whole, splits };
}
