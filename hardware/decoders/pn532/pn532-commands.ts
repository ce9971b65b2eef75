import { KitdeskError } from '../../../domain/errors.js';
import { TFI_HOST_TO_PN532, TFI_PN532_TO_HOST, encodePn532Frame, type Pn532Frame } from './pn532-frame.js';

/** Command codes (UM0701-02 §7); the PN532 answers with the code plus one. */
export const Pn532Command = {
  GetFirmwareVersion: 0x02,
  SAMConfiguration: 0x14,
  RFConfiguration: 0x32,
  InListPassiveTarget: 0x4a,
} as const;

/** Wakes a PN532 asleep on HSU: 0x55 0x55 and zeros before the first command (hardware.md §2.1 step 1). */
export const PN532_WAKE_UP = Uint8Array.of(0x55, 0x55, ...new Array<number>(12).fill(0x00));

function pn532Command(code: number, params: readonly number[] = []): Uint8Array {
  return encodePn532Frame(TFI_HOST_TO_PN532, [code, ...params]);
}

/** SAMConfiguration, normal mode: the SAM is not used, the PN532 reads cards itself. */
export const samConfigurationNormal = (): Uint8Array => pn532Command(Pn532Command.SAMConfiguration, [0x01]);

export const getFirmwareVersion = (): Uint8Array => pn532Command(Pn532Command.GetFirmwareVersion);

/** InListPassiveTarget for one ISO 14443A target at 106 kbps (BrTy 0x00). */
export const inListPassiveTarget = (): Uint8Array =>
  pn532Command(Pn532Command.InListPassiveTarget, [0x01, 0x00]);

/**
 * RFConfiguration CfgItem 0x05 (MaxRetries): caps passive activation retries, so an InListPassiveTarget
 * with no card answers "no target" instead of blocking (hardware.md §2.1, §10.11).
 */
export const capPassiveActivationRetries = (retries: number): Uint8Array =>
  pn532Command(Pn532Command.RFConfiguration, [0x05, 0xff, 0x01, retries & 0xff]);

/** Whether `frame` answers `command` (response code = command + 1). */
export function answers(frame: Pn532Frame, command: number): frame is Extract<Pn532Frame, { type: 'info' }> {
  return frame.type === 'info' && frame.tfi === TFI_PN532_TO_HOST && frame.data[0] === command + 1;
}

export type FirmwareVersion = { ic: number; version: number; revision: number; support: number };

export function parseFirmwareVersion(frame: Pn532Frame): FirmwareVersion | null {
  if (!answers(frame, Pn532Command.GetFirmwareVersion) || frame.data.length < 5) return null;
  const [, ic, version, revision, support] = frame.data;
  return { ic: ic!, version: version!, revision: revision!, support: support! };
}

/** One ISO 14443A target as InListPassiveTarget reports it (UM0701-02 §7, InListPassiveTarget, 106 kbps type A). */
export type Iso14443aTarget = { tg: number; atqa: number; sak: number; uid: Uint8Array };

const SAK_ISO14443_4 = 0x20;

/**
 * The targets of an InListPassiveTarget response `D5 4B NbTg [Tg SENS_RES(2) SEL_RES NFCIDLen NFCID… ATS…]`.
 * Returns [] for "no target" (`D5 4B 00`) and throws on a response whose lengths do not add up.
 */
export function parseInListPassiveTarget(frame: Extract<Pn532Frame, { type: 'info' }>): Iso14443aTarget[] {
  const d = frame.data;
  const count = d[1] ?? 0;
  const targets: Iso14443aTarget[] = [];
  let at = 2;
  for (let i = 0; i < count; i++) {
    if (at + 5 > d.length) throw malformed();
    const tg = d[at]!;
    const atqa = (d[at + 1]! << 8) | d[at + 2]!;
    const sak = d[at + 3]!;
    const uidLength = d[at + 4]!;
    at += 5;
    if (uidLength === 0 || at + uidLength > d.length) throw malformed();
    const uid = d.slice(at, at + uidLength);
    at += uidLength;
    if (sak & SAK_ISO14443_4) {
      // The ATS length byte counts itself.
      const atsLength = d[at];
      if (atsLength === undefined || atsLength === 0 || at + atsLength > d.length) throw malformed();
      at += atsLength;
    }
    targets.push({ tg, atqa, sak, uid });
  }
  return targets;
}

function malformed(): KitdeskError {
  return new KitdeskError(
    'validation_failed',
    'The PN532 answered InListPassiveTarget with lengths that do not add up; check the wiring and baud rate.',
  );
}
