import type { DeviceConfig, DeviceProtocol } from '../../domain/devices/device-config.js';
import { toHex } from '../bytes/hex.js';
import { parseFirmwareVersion } from '../decoders/pn532/pn532-commands.js';
import type { Pn532Frame } from '../decoders/pn532/pn532-frame.js';
import { credentialOfRead } from '../pipeline/credential-of-read.js';
import { createProtocolReader } from '../pipeline/protocol-reader.js';

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

/**
 * Decodes bytes (or HID reports, one per input) the way a live device would, minus presence and
 * de-duplication: every frame in the capture is shown, each with what the kiosk would make of it.
 */
export function decodeCapture(inputs: readonly Uint8Array[], options: CaptureOptions): DecodedLine[] {
  const reader = createProtocolReader(options.protocol, options);
  const lines: DecodedLine[] = [];
  for (const input of inputs) {
    for (const out of reader.push(input)) {
      if (out.kind === 'reject') {
        lines.push({ event: 'reject', reason: out.reason, hex: toHex(out.bytes) });
        continue;
      }
      if (out.read.kind === 'pn532') {
        lines.push(pn532Line(out.read.frame));
        continue;
      }
      const outcome = credentialOfRead(out.read, {
        device: { id: 'decode', role: options.role },
        assetTagPattern: options.assetTagPattern,
        ts: 0,
      });
      if (outcome.kind === 'reject') {
        lines.push({
          event: 'reject',
          reason: outcome.reason,
          problem: outcome.problem,
          hex: toHex(out.bytes),
        });
      } else if (outcome.kind === 'credential') {
        const c = outcome.credential;
        lines.push(
          c.kind === 'barcode'
            ? {
                event: 'barcode',
                data: c.canonical,
                symbology: c.symbology,
                ...(c.aliases.length > 0 ? { aliases: c.aliases } : {}),
              }
            : { event: 'credential', kind: c.kind, canonical: c.canonical, aliases: c.aliases },
        );
      }
    }
  }
  return lines;
}
