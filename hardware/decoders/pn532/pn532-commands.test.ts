import { describe, expect, it } from 'vitest';
import { concatBytes, parseHex, toHex } from '../../bytes/hex.js';
import { Pn532FrameDecoder } from './pn532-frame-decoder.js';
import { encodePn532Frame, type Pn532Frame } from './pn532-frame.js';
import {
  PN532_WAKE_UP,
  Pn532Command,
  answers,
  capPassiveActivationRetries,
  getFirmwareVersion,
  inListPassiveTarget,
  parseFirmwareVersion,
  parseInListPassiveTarget,
  samConfigurationNormal,
} from './pn532-commands.js';

function frame(hex: string): Pn532Frame {
  const out = new Pn532FrameDecoder().push(parseHex(hex));
  const f = out.find((d) => d.kind === 'frame' && d.frame.type === 'info');
  if (!f || f.kind !== 'frame') throw new Error(`no information frame in ${hex}`);
  return f.frame;
}

function targets(hex: string) {
  const f = frame(hex);
  if (!answers(f, Pn532Command.InListPassiveTarget)) throw new Error('not an InListPassiveTarget answer');
  return parseInListPassiveTarget(f).map((t) => ({ ...t, uid: toHex(t.uid) }));
}

describe('PN532 commands', () => {
  it('encodes the wake-up + SAMConfiguration, GetFirmwareVersion and InListPassiveTarget of hardware.md §2.1', () => {
    // Source: hardware.md §2.1 steps 1–3 (public HSU transcripts; checksums per UM0701-02 §6.2.1).
    expect(toHex(concatBytes([PN532_WAKE_UP, samConfigurationNormal()]))).toBe(
      '55 55 00 00 00 00 00 00 00 00 00 00 00 00 00 00 FF 03 FD D4 14 01 17 00',
    );
    expect(toHex(getFirmwareVersion())).toBe('00 00 FF 02 FE D4 02 2A 00');
    expect(toHex(inListPassiveTarget())).toBe('00 00 FF 04 FC D4 4A 01 00 E1 00');
  });

  it('caps passive activation retries with RFConfiguration item 0x05', () => {
    expect(toHex(capPassiveActivationRetries(2))).toBe('00 00 FF 06 FA D4 32 05 FF 01 02 F3 00');
  });

  it('parses the firmware version IC 0x32 v1.6 support 0x07', () => {
    expect(parseFirmwareVersion(frame('00 00 FF 06 FA D5 03 32 01 06 07 E8 00'))).toEqual({
      ic: 0x32,
      version: 1,
      revision: 6,
      support: 7,
    });
    expect(parseFirmwareVersion(frame('00 00 FF 02 FE D5 15 16 00'))).toBeNull();
  });

  it('extracts a 4-byte UID, ATQA and SAK (MIFARE Classic 1K)', () => {
    // Source: hardware.md §2.1 step 4.
    expect(targets('00 00 FF 0C F4 D5 4B 01 01 00 04 08 04 90 1F 2A A4 51 00')).toEqual([
      { tg: 1, atqa: 0x0004, sak: 0x08, uid: '90 1F 2A A4' },
    ]);
  });

  it('extracts a 7-byte UID (NTAG/Ultralight, SENS_RES 00 44)', () => {
    // Source: the 7-byte fragment of hardware.md §2.1 step 5 "00 44 00 07 04 7B CB 51 96 22 80", framed here.
    const response = encodePn532Frame(0xd5, parseHex('4B 01 01 00 44 00 07 04 7B CB 51 96 22 80'));
    expect(targets(toHex(response))).toEqual([
      { tg: 1, atqa: 0x0044, sak: 0x00, uid: '04 7B CB 51 96 22 80' },
    ]);
  });

  it('skips the ATS of an ISO 14443-4 card and reads a second target after it', () => {
    // Source: real "cpu 卡" capture (public STM32 PN532 driver comment), SAK 0x28 with a 16-byte ATS.
    expect(
      targets(
        '00 00 ff 1c e4 d5 4b 01 01 00 04 28 04 fd e6 08 99 10 78 80 90 02 20 90 00 00 00 00 00 fd e6 08 99 5c 00',
      ),
    ).toEqual([{ tg: 1, atqa: 0x0004, sak: 0x28, uid: 'FD E6 08 99' }]);
  });

  it('returns no target for D5 4B 00 and refuses lengths that do not add up', () => {
    expect(targets('00 00 FF 03 FD D5 4B 00 E0 00')).toEqual([]);
    // Claims a 7-byte UID but carries 2 bytes.
    const truncated = encodePn532Frame(0xd5, parseHex('4B 01 01 00 04 08 07 90 44'));
    expect(() => targets(toHex(truncated))).toThrow(/do not add up/);
  });
});
