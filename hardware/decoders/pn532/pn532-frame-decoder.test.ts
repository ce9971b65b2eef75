import { describe, expect, it } from 'vitest';
import { parseHex, toHex } from '../../bytes/hex.js';
import { decodeEverySplit } from '../../testing/every-split.js';
import { Pn532FrameDecoder } from './pn532-frame-decoder.js';
import { PN532_ACK, PN532_ERROR_FRAME, PN532_NACK, encodePn532Frame } from './pn532-frame.js';

function framesForEverySplit(hex: string) {
  const { whole, splits } = decodeEverySplit(() => new Pn532FrameDecoder(), parseHex(hex));
  for (const s of splits) expect(s.output, s.label).toEqual(whole);
  return whole.map((d) => {
    if (d.kind === 'reject') return `!${d.reason}`;
    const f = d.frame;
    return f.type === 'info'
      ? `${f.extended ? 'ext ' : ''}${toHex(Uint8Array.of(f.tfi, ...f.data))}`
      : f.type;
  });
}

describe('Pn532FrameDecoder', () => {
  it('reads ACK then the SAMConfiguration reply, as a PN532 answers on HSU', () => {
    // Source: public PN532 HSU transcript quoted in hardware.md §2.1 step 1 ("return: 00 00 FF 00 FF 00 00 00 FF
    // 02 FE D5 15 16 00"); frame layout from NXP UM0701-02 §6.2.1.
    expect(framesForEverySplit('00 00 FF 00 FF 00 00 00 FF 02 FE D5 15 16 00')).toEqual(['ack', 'D5 15']);
  });

  it('reads the GetFirmwareVersion reply: IC 0x32, version 1.6, support 0x07', () => {
    // Source: same transcript, step 2: "00 00 FF 06 FA D5 03 32 01 06 07 E8 00".
    expect(framesForEverySplit('00 00 FF 00 FF 00 00 00 FF 06 FA D5 03 32 01 06 07 E8 00')).toEqual([
      'ack',
      'D5 03 32 01 06 07',
    ]);
  });

  it('reads InListPassiveTarget replies for a MIFARE Classic and an ISO 14443-4 CPU card', () => {
    // Sources: hardware.md §2.1 step 4 (UID 901F2AA4); real captures in the comments of a public STM32 PN532
    // UART driver ("m1 卡" and "cpu 卡", the latter with a 16-byte ATS).
    expect(framesForEverySplit('00 00 FF 0C F4 D5 4B 01 01 00 04 08 04 90 1F 2A A4 51 00')).toEqual([
      'D5 4B 01 01 00 04 08 04 90 1F 2A A4',
    ]);
    expect(
      framesForEverySplit('00 00 ff 00 ff 00 00 00 ff 0c f4 d5 4b 01 01 00 04 08 04 d0 bb e1 1a 48 00'),
    ).toEqual(['ack', 'D5 4B 01 01 00 04 08 04 D0 BB E1 1A']);
    expect(
      framesForEverySplit(
        '00 00 ff 1c e4 d5 4b 01 01 00 04 28 04 fd e6 08 99 10 78 80 90 02 20 90 00 00 00 00 00 fd e6 08 99 5c 00',
      ),
    ).toEqual(['D5 4B 01 01 00 04 28 04 FD E6 08 99 10 78 80 90 02 20 90 00 00 00 00 00 FD E6 08 99']);
  });

  it('tells NACK and the application error frame apart from ACK (UM0701-02 §6.2.1)', () => {
    const hex = [PN532_NACK, PN532_ERROR_FRAME, PN532_ACK].map(toHex).join(' ');
    expect(framesForEverySplit(hex)).toEqual(['nack', 'error', 'ack']);
  });

  it('skips the I2C status byte and other bytes before the start code', () => {
    // Source: a public PN532 driver comment "recv data 01 00 00 FF 0C F4 D5 4B 01 01 00 04 08 04 5C BB E5 D5 FD 00".
    expect(framesForEverySplit('01 00 00 FF 0C F4 D5 4B 01 01 00 04 08 04 5C BB E5 D5 FD 00')).toEqual([
      'D5 4B 01 01 00 04 08 04 5C BB E5 D5',
    ]);
  });

  it('round-trips an extended frame (LEN FF FF, LENM LENL LCS)', () => {
    const data = Array.from({ length: 260 }, (_, i) => i & 0xff);
    const bytes = encodePn532Frame(0xd5, data);
    expect(toHex(bytes.subarray(0, 8))).toBe('00 00 FF FF FF 01 05 FA');
    expect(framesForEverySplit(toHex(bytes))).toEqual([`ext ${toHex(Uint8Array.of(0xd5, ...data))}`]);
  });

  it('rejects a bad LCS or DCS and still finds the frame that follows', () => {
    const badDcs = '00 00 FF 0C F4 D5 4B 01 01 00 04 08 04 90 1F 2A A4 52 00';
    const badLcs = '00 00 FF 0C F5 D5 4B 01 01 00 04 08 04 90 1F 2A A4 51 00';
    expect(framesForEverySplit(`${badDcs} ${badLcs} 00 00 FF 02 FE D5 15 16 00`)).toEqual([
      '!checksum',
      '!checksum',
      'D5 15',
    ]);
  });

  it('finds a real frame that starts inside a corrupt one', () => {
    // The first candidate claims 12 bytes; the real ACK sits inside its body.
    expect(framesForEverySplit('00 FF 0C F4 D5 00 00 FF 00 FF 00 01 02 03 04 05 06 07 08')).toEqual([
      '!checksum',
      'ack',
    ]);
  });
});
