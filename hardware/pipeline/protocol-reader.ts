import type { DeviceConfig, DeviceProtocol } from '../../domain/devices/device-config.js';
import { reject, type Decoded, type Decoder, type Rejected } from '../decoders/decoded.js';
import { Em4100AsciiDecoder } from '../decoders/em4100-ascii-decoder.js';
import { BootKeyboardDecoder } from '../decoders/hid-keyboard/boot-keyboard-decoder.js';
import { HidPosDecoder } from '../decoders/hid-pos/hid-pos-decoder.js';
import { LineDecoder } from '../decoders/line-decoder.js';
import { ParallaxDecoder } from '../decoders/parallax-decoder.js';
import { Pn532Command, answers, parseInListPassiveTarget } from '../decoders/pn532/pn532-commands.js';
import { Pn532FrameDecoder } from '../decoders/pn532/pn532-frame-decoder.js';
import type { Pn532Frame } from '../decoders/pn532/pn532-frame.js';

/** What a valid frame says, whichever protocol carried it. */
export type Read =
  | { kind: 'em4100'; hex10: string }
  | { kind: 'iso14443a'; uid: Uint8Array }
  /** A scanned or typed line; `aim` when the transport carries the AIM id outside the data (HID POS). */
  | { kind: 'text'; text: string; aim: string | null }
  /** Every PN532 frame, for the command loop and the diagnostics; cards also arrive as `iso14443a`. */
  | { kind: 'pn532'; frame: Pn532Frame };

export type ReadOrReject = { kind: 'read'; read: Read; bytes: Uint8Array } | Rejected;

export type ProtocolReader = {
  /** Serial bytes, or one HID report per call for the HID protocols. */
  push(input: Uint8Array): ReadOrReject[];
  reset(): void;
};

export type ReaderOptions = Pick<DeviceConfig, 'layout' | 'suffix'>;

function adapt<F>(decoder: Decoder<F>, toReads: (frame: F) => Read[]): ProtocolReader {
  return {
    push: (input) =>
      decoder.push(input).flatMap((d: Decoded<F>): ReadOrReject[] => {
        if (d.kind === 'reject') return [d];
        try {
          return toReads(d.frame).map((read) => ({ kind: 'read', read, bytes: d.bytes }));
        } catch {
          return [reject('format', d.bytes)];
        }
      }),
    reset: () => decoder.reset(),
  };
}

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
      return adapt(new Em4100AsciiDecoder(), (f) => [{ kind: 'em4100', hex10: f.hex10 }]);
    case 'parallax':
      return adapt(new ParallaxDecoder(), (f) => [{ kind: 'em4100', hex10: f.hex10 }]);
    case 'pn532':
      return adapt(new Pn532FrameDecoder(), pn532Reads);
    case 'line':
      return adapt(new LineDecoder(options.suffix), (f) => [{ kind: 'text', text: f.text, aim: null }]);
    case 'hid-keyboard':
      return adapt(
        new BootKeyboardDecoder({ layout: options.layout, endOnTab: options.suffix === 'tab' }),
        (f) => [{ kind: 'text', text: f.text, aim: null }],
      );
    case 'hid-pos':
      return adapt(new HidPosDecoder(), (f) => [{ kind: 'text', text: f.data, aim: f.aim }]);
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
