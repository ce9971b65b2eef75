import type { DeviceConfig, DeviceProtocol } from '../../domain/devices/device-config.js';
import { reject, type Decoded, type Rejected } from '../decoders/decoded.js';
import { Em4100AsciiDecoder } from '../decoders/em4100-ascii-decoder.js';
import { BootKeyboardDecoder } from '../decoders/hid-keyboard/boot-keyboard-decoder.js';
import { HidPosDecoder } from '../decoders/hid-pos/hid-pos-decoder.js';
import { LineDecoder } from '../decoders/line-decoder.js';
import { ParallaxDecoder } from '../decoders/parallax-decoder.js';
import { Pn532Command, answers, parseInListPassiveTarget } from '../decoders/pn532/pn532-commands.js';
import { Pn532FrameDecoder } from '../decoders/pn532/pn532-frame-decoder.js';
import type { Pn532Frame } from '../decoders/pn532/pn532-frame.js';
import { endAfterGap, untimed, type TimedDecoder } from '../decoders/scan-gap.js';

/** What a valid frame says, whichever protocol carried it. */
export type Read =
  | { kind: 'em4100'; hex10: string }
  | { kind: 'iso14443a'; uid: Uint8Array }
  /** A scanned or typed line; `aim` when the transport carries the AIM id outside the data (HID POS). */
  | { kind: 'text'; text: string; aim: string | null }
  /** Every PN532 frame, for the command loop and the diagnostics; cards also arrive as `iso14443a`. */
  | { kind: 'pn532'; frame: Pn532Frame };

export type ReadOrReject = { kind: 'read'; read: Read; bytes: Uint8Array } | Rejected;

/** A protocol's decoders, told when each input arrived so a scan without a suffix ends after a gap. */
export type ProtocolReader = {
  /** Serial bytes, or one HID report per call for the HID protocols, received at `at` (ms). */
  push(input: Uint8Array, at: number): ReadOrReject[];
  /** Ends a scan whose device has been silent for its gap by `now`. */
  expire(now: number): ReadOrReject[];
  /** When a held scan ends if no more input arrives; null when none is held. */
  deadline(): number | null;
  /** The input has ended (a capture): ends a held scan. */
  end(): ReadOrReject[];
  reset(): void;
};

export type ReaderOptions = Pick<DeviceConfig, 'layout' | 'suffix' | 'scanGapMs'>;

function adapt<F>(decoder: TimedDecoder<F>, toReads: (frame: F) => Read[]): ProtocolReader {
  const reads = (decoded: Decoded<F>[]) =>
    decoded.flatMap((d): ReadOrReject[] => {
      if (d.kind === 'reject') return [d];
      try {
        return toReads(d.frame).map((read) => ({ kind: 'read', read, bytes: d.bytes }));
      } catch {
        return [reject('format', d.bytes)];
      }
    });
  return {
    push: (input, at) => reads(decoder.push(input, at)),
    expire: (now) => reads(decoder.expire(now)),
    deadline: () => decoder.deadline(),
    end: () => reads(decoder.end()),
    reset: () => decoder.reset(),
  };
}

const typed = (text: string): Read[] => [{ kind: 'text', text, aim: null }];

function pn532Reads(frame: Pn532Frame): Read[] {
  const reads: Read[] = [{ kind: 'pn532', frame }];
  if (answers(frame, Pn532Command.InListPassiveTarget)) {
    for (const t of parseInListPassiveTarget(frame)) reads.push({ kind: 'iso14443a', uid: t.uid });
  }
  return reads;
}

/** The decoder chain of one configured protocol. */
export function createProtocolReader(protocol: DeviceProtocol, options: ReaderOptions): ProtocolReader {
  switch (protocol) {
    case 'em4100':
      return adapt(untimed(new Em4100AsciiDecoder()), (f) => [{ kind: 'em4100', hex10: f.hex10 }]);
    case 'parallax':
      return adapt(untimed(new ParallaxDecoder()), (f) => [{ kind: 'em4100', hex10: f.hex10 }]);
    case 'pn532':
      return adapt(untimed(new Pn532FrameDecoder()), pn532Reads);
    case 'line':
      return adapt(endAfterGap(new LineDecoder(options.suffix), options.scanGapMs), (f) => typed(f.text));
    case 'hid-keyboard': {
      const keyboard = new BootKeyboardDecoder({
        layout: options.layout,
        endOnTab: options.suffix === 'tab',
      });
      return adapt(endAfterGap(keyboard, options.scanGapMs), (f) => typed(f.text));
    }
    case 'hid-pos':
      return adapt(untimed(new HidPosDecoder()), (f) => [{ kind: 'text', text: f.data, aim: f.aim }]);
    default: {
      const unreachable: never = protocol;
      throw new Error(`unknown protocol ${String(unreachable)}`);
    }
  }
}

/** Readers that repeat frames while a card stays in the field; the others send one read per tap or scan. */
export function repeatsWhilePresent(protocol: DeviceProtocol): boolean {
  switch (protocol) {
    case 'em4100':
    case 'parallax':
    case 'pn532':
      return true;
    case 'line':
    case 'hid-keyboard':
    case 'hid-pos':
      return false;
    default: {
      const unreachable: never = protocol;
      throw new Error(`unknown protocol ${String(unreachable)}`);
    }
  }
}
