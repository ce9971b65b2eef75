import {
  DEFAULT_SCAN_GAP_MS,
  type DeviceConfig,
  type DeviceProtocol,
} from '../../domain/devices/device-config.js';
import { toHex } from '../bytes/hex.js';
import { parseFirmwareVersion } from '../decoders/pn532/pn532-commands.js';
import type { Pn532Frame } from '../decoders/pn532/pn532-frame.js';
import { credentialOfRead } from '../pipeline/credential-of-read.js';
import { createProtocolReader, type ReadOrReject } from '../pipeline/protocol-reader.js';

export type CaptureOptions = Pick<DeviceConfig, 'protocol' | 'layout' | 'suffix' | 'role'> & {
  assetTagPattern: RegExp | null;
};

/** One line of `kitdesk-hw decode` output. */
export type DecodedLine = Record<string, unknown> & { event: string };

export const HID_PROTOCOLS: readonly DeviceProtocol[] = ['hid-keyboard', 'hid-pos'];

function pn532Line(frame: Pn532Frame): DecodedLine {
  if (frame.type !== 'info') return { event: 'pn532', frame: frame.type };
  const firmware = parseFirmwareVersion(frame);
  if (firmware) {
    return {
      event: 'firmware',
      ic: `0x${firmware.ic.toString(16)}`,
      version: `${firmware.version}.${firmware.revision}`,
      support: `0x${firmware.support.toString(16).padStart(2, '0')}`,
    };
  }
  return { event: 'pn532', frame: 'info', tfi: toHex(Uint8Array.of(frame.tfi)), data: toHex(frame.data) };
}

/** What the kiosk would make of one read or reject. */
function lineOf(out: ReadOrReject, options: CaptureOptions): DecodedLine | null {
  if (out.kind === 'reject') return { event: 'reject', reason: out.reason, hex: toHex(out.bytes) };
  if (out.read.kind === 'pn532') return pn532Line(out.read.frame);
  const outcome = credentialOfRead(out.read, {
    device: { id: 'decode', role: options.role },
    assetTagPattern: options.assetTagPattern,
    ts: 0,
  });
  switch (outcome.kind) {
    case 'reject':
      return { event: 'reject', reason: outcome.reason, problem: outcome.problem, hex: toHex(out.bytes) };
    case 'credential': {
      const c = outcome.credential;
      return c.kind === 'barcode'
        ? {
            event: 'barcode',
            data: c.canonical,
            symbology: c.symbology,
            ...(c.aliases.length > 0 ? { aliases: c.aliases } : {}),
          }
        : { event: 'credential', kind: c.kind, canonical: c.canonical, aliases: c.aliases };
    }
    case 'none':
      return null;
    default: {
      const unreachable: never = outcome;
      throw new Error(`unknown outcome ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * Decodes bytes (or HID reports, one per input) the way a live device would, minus presence and
 * de-duplication: every frame in the capture is shown, each with what the kiosk would make of it. A
 * capture carries no timing, so its inputs count as one burst and its end ends a scan without a suffix,
 * as the scan gap would on a live device.
 */
export function decodeCapture(inputs: readonly Uint8Array[], options: CaptureOptions): DecodedLine[] {
  const reader = createProtocolReader(options.protocol, { ...options, scanGapMs: DEFAULT_SCAN_GAP_MS });
  const outs = [...inputs.flatMap((input) => reader.push(input, 0)), ...reader.end()];
  return outs.map((out) => lineOf(out, options)).filter((line) => line !== null);
}
