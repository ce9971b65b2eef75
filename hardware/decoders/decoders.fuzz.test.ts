import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes, toHex } from '../bytes/hex.js';
import {
  hidPosReports,
  id12laFrame,
  keyboardReports,
  parallaxFrame,
  pn532TargetResponse,
  rdm6300Frame,
  scannerLine,
} from '../simulator/protocol-encoders.js';
import type { Decoded, Decoder } from './decoded.js';
import { Em4100AsciiDecoder, em4100Checksum } from './em4100-ascii-decoder.js';
import { BootKeyboardDecoder } from './hid-keyboard/boot-keyboard-decoder.js';
import { HidPosDecoder } from './hid-pos/hid-pos-decoder.js';
import { LineDecoder, MAX_LINE_BYTES } from './line-decoder.js';
import { ParallaxDecoder } from './parallax-decoder.js';
import { Pn532FrameDecoder } from './pn532/pn532-frame-decoder.js';
import { encodePn532Frame, MAX_PN532_PAYLOAD } from './pn532/pn532-frame.js';

/**
 * Random input for every decoder: never a throw, never an output larger than the decoder's bound (so no
 * buffer grows without limit), never a frame that is not valid on its own, and the same output however the
 * stream is chunked. The inputs mix random bytes with valid frames and their pieces, so the state machines
 * are driven through every state rather than sitting in "hunting for a start byte".
 */

/** A failing property shrinks its counterexample; the limit turns a pathological shrink into a failure, not a hang. */
const FUZZ_RUNS = { numRuns: 300, interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true };

const hex10 = fc.stringMatching(/^[0-9A-F]{10}$/);

function streamOf(pieces: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  const piece = fc.oneof(
    fc.uint8Array({ maxLength: 40 }),
    pieces,
    pieces.chain((p) => fc.nat(p.length).map((n) => p.subarray(0, n))),
    pieces.chain((p) => fc.nat(p.length).map((n) => p.subarray(n))),
  );
  return fc.array(piece, { maxLength: 40 }).map(concatBytes);
}

function chunkingOf(bytes: Uint8Array): fc.Arbitrary<Uint8Array[]> {
  return fc.uniqueArray(fc.nat(bytes.length), { maxLength: 12 }).map((cuts) => {
    const at = [0, ...cuts.sort((a, b) => a - b), bytes.length];
    return at.slice(1).map((end, i) => bytes.subarray(at[i], end));
  });
}

function checkStreamDecoder<F>(
  make: () => Decoder<F>,
  pieces: fc.Arbitrary<Uint8Array>,
  maxOutputBytes: number,
  frameIsValid: (f: F, bytes: Uint8Array) => boolean,
): void {
  fc.assert(
    fc.property(
      streamOf(pieces).chain((s) => fc.tuple(fc.constant(s), chunkingOf(s))),
      ([stream, chunks]) => {
        const whole = make().push(stream);
        const chunked = make();
        const pieceByPiece = chunks.flatMap((c) => chunked.push(c));
        expect(pieceByPiece).toEqual(whole);
        for (const d of whole) {
          expect(d.bytes.length).toBeLessThanOrEqual(maxOutputBytes);
          if (d.kind === 'frame') expect(frameIsValid(d.frame, d.bytes)).toBe(true);
        }
      },
    ),
    FUZZ_RUNS,
  );
}

function checkReportDecoder<F>(
  make: () => Decoder<F>,
  reports: fc.Arbitrary<Uint8Array[]>,
  maxOutputBytes: number,
  frameIsValid: (f: F) => boolean,
): void {
  const anyReport = fc.oneof(
    fc.uint8Array({ maxLength: 70 }),
    reports.map((r) => r[0] ?? new Uint8Array()),
  );
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          reports,
          anyReport.map((r) => [r]),
        ),
        { maxLength: 30 },
      ),
      (groups) => {
        const d = make();
        const out: Decoded<F>[] = groups.flat().flatMap((r) => d.push(r));
        for (const o of out) {
          expect(o.bytes.length).toBeLessThanOrEqual(maxOutputBytes);
          if (o.kind === 'frame') expect(frameIsValid(o.frame)).toBe(true);
        }
      },
    ),
    FUZZ_RUNS,
  );
}

describe('decoders under random input', () => {
  it('EM4100 ASCII: only checksummed 12-hex frames, at most 16 bytes held', () => {
    checkStreamDecoder(
      () => new Em4100AsciiDecoder(),
      fc.oneof(hex10.map(rdm6300Frame), hex10.map(id12laFrame), fc.constant(Uint8Array.of(2, 3, 13, 10))),
      16,
      (f, bytes) =>
        /^[0-9A-F]{10}$/.test(f.hex10) &&
        String.fromCharCode(...bytes).includes(
          f.hex10 + em4100Checksum(f.hex10).toString(16).toUpperCase().padStart(2, '0'),
        ),
    );
  });

  it('Parallax: only LF + 10 hex + CR', () => {
    checkStreamDecoder(
      () => new ParallaxDecoder(),
      hex10.map(parallaxFrame),
      16,
      (f, bytes) => String.fromCharCode(...bytes) === `\n${f.hex10}\r`,
    );
  });

  it('PN532: only frames that re-encode to the bytes they came from', () => {
    checkStreamDecoder(
      () => new Pn532FrameDecoder(),
      fc.oneof(
        fc
          .constantFrom(4, 7, 10)
          .chain((n) => fc.uint8Array({ minLength: n, maxLength: n }))
          .map((uid) => pn532TargetResponse(Buffer.from(uid).toString('hex'))),
        fc
          .uint8Array({ maxLength: 300 })
          .map((data) => encodePn532Frame(0xd5, data.subarray(0, MAX_PN532_PAYLOAD - 1))),
      ),
      MAX_PN532_PAYLOAD + 10,
      (f, bytes) => {
        const hex = toHex(bytes);
        switch (f.type) {
          case 'ack':
            return hex === '00 FF 00 FF';
          case 'nack':
            return hex === '00 FF FF 00';
          case 'error':
            return hex === '00 FF 01 FF 7F 81';
          case 'info':
            // Without the preamble byte and the postamble, which the decoder does not require.
            return toHex(encodePn532Frame(f.tfi, f.data, { extended: f.extended }).subarray(1, -1)) === hex;
        }
      },
    );
  });

  it('serial lines: no delimiter inside a line, never longer than the bound', () => {
    const delimiter = { cr: '\r', crlf: '\r', lf: '\n', tab: '\t' } as const;
    for (const suffix of ['cr', 'crlf', 'lf', 'tab'] as const) {
      checkStreamDecoder(
        () => new LineDecoder(suffix, 64),
        fc.string({ maxLength: 80 }).map((t) => scannerLine(t, suffix)),
        65,
        (f) => f.text.length > 0 && f.text.length <= 64 && !f.text.includes(delimiter[suffix]),
      );
    }
    expect(MAX_LINE_BYTES).toBeGreaterThan(64);
  });

  it('boot keyboard: lines of typed characters only, bounded', () => {
    const text = fc.string({ minLength: 1, maxLength: 40, unit: fc.constantFrom(...'AZaz09-./ "@#\x1d') });
    checkReportDecoder(
      () => new BootKeyboardDecoder({ layout: 'uk', maxChars: 50 }),
      text.map((t) => keyboardReports(t, 'uk')),
      64,
      (f) => f.text.length > 0 && f.text.length <= 50 && !/[\r\n]/.test(f.text),
    );
  });

  it('HID POS: joined data no longer than the bound', () => {
    checkReportDecoder(
      () => new HidPosDecoder(200),
      fc.string({ maxLength: 300 }).map((t) => hidPosReports(t, ']C0')),
      200 + 64,
      (f) => f.data.length <= 200,
    );
  });
});
