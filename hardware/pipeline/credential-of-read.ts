import { credentialKey } from '../../domain/credentials/credential-key.js';
import { em4100Aliases, wiegand26OfDecimal10 } from '../../domain/credentials/em4100-numbers.js';
import type { Credential } from '../../domain/devices/credential.js';
import type { DeviceConfig } from '../../domain/devices/device-config.js';
import type { RejectReason } from '../../domain/devices/device-events.js';
import { readBarcode } from '../barcode/barcode-checks.js';
import { uidAliases, uidCanonical } from '../credentials/iso14443a-numbers.js';
import type { Read } from './protocol-reader.js';

export type CredentialOutcome =
  | { kind: 'credential'; credential: Credential }
  | { kind: 'reject'; reason: RejectReason; problem: string }
  | { kind: 'none' };

export type CredentialContext = {
  device: Pick<DeviceConfig, 'id' | 'role'>;
  assetTagPattern: RegExp | null;
  ts: number;
};

type Numbers = Pick<Credential, 'kind' | 'canonical' | 'aliases' | 'symbology'>;

/** Every number a credential carries is sent as its key, the form the catalogue stores codes in. */
function keyed(numbers: Numbers, ctx: CredentialContext): CredentialOutcome {
  return {
    kind: 'credential',
    credential: {
      ...numbers,
      canonical: credentialKey(numbers.canonical),
      aliases: [...new Set(numbers.aliases.map(credentialKey))],
      sourceId: ctx.device.id,
      ts: ctx.ts,
    },
  };
}

/**
 * One credential shape for every source (domain/devices/credential.ts). Scanned or typed text is kind
 * `barcode` whatever the device's role: a keyboard-mode card reader types only the low 32 bits of an
 * EM4100 id, so its hex10 is unknown; its typed number and W26 form are what the kiosk can match.
 */
export function credentialOfRead(read: Read, ctx: CredentialContext): CredentialOutcome {
  switch (read.kind) {
    case 'em4100':
      return keyed(
        { kind: 'em4100', canonical: read.hex10, aliases: em4100Aliases(read.hex10), symbology: null },
        ctx,
      );
    case 'iso14443a':
      return keyed(
        {
          kind: 'iso14443a',
          canonical: uidCanonical(read.uid),
          aliases: uidAliases(read.uid),
          symbology: null,
        },
        ctx,
      );
    case 'text': {
      const isItemScanner = ctx.device.role === 'item-scanner';
      const scan = readBarcode(read.text, read.aim, {
        assetTagPattern: isItemScanner ? ctx.assetTagPattern : null,
      });
      if (!scan.ok) return { kind: 'reject', reason: scan.reason, problem: scan.problem };
      const w26 = isItemScanner ? null : wiegand26OfDecimal10(scan.canonical);
      const aliases = w26 ? [...scan.aliases, w26] : scan.aliases;
      return keyed({ kind: 'barcode', canonical: scan.canonical, aliases, symbology: scan.symbology }, ctx);
    }
    case 'pn532':
      return { kind: 'none' };
    default: {
      const unreachable: never = read;
      throw new Error(`unknown read ${JSON.stringify(unreachable)}`);
    }
  }
}
