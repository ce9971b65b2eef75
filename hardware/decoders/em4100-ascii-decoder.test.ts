import { describe, expect, it } from 'vitest';
import { fromLatin1 } from '../bytes/hex.js';
import { decodeEverySplit } from '../testing/every-split.js';
import { Em4100AsciiDecoder, em4100Checksum } from './em4100-ascii-decoder.js';

const make = () => new Em4100AsciiDecoder();
const frame = (text: string) => fromLatin1(`\x02${text}\x03`);

function decodedSameForEverySplit(bytes: Uint8Array) {
  const { whole, splits } = decodeEverySplit(make, bytes);
  for (const s of splits) expect(s.output, s.label).toEqual(whole);
  return whole;
}

describe('Em4100AsciiDecoder', () => {
  it('decodes the RDM6300 cards of python-rdm6300 (test_reader.py VALID_CARDS), at every split', () => {
    // Source: mad-tinkerer/python-rdm6300 rdm6300/test_reader.py, VALID_CARDS and CARD_DATA checksums.
    for (const [text, hex10] of [
      ['67003B51C6CB', '67003B51C6'],
      ['67003BA86C98', '67003BA86C'],
      ['67003BA86793', '67003BA867'],
    ] as const) {
      expect(decodedSameForEverySplit(frame(text))).toEqual([
        { kind: 'frame', frame: { hex10, variant: 'rdm6300' }, hex: expect.any(String) },
      ]);
    }
  });

  it('decodes the ID-12LA datasheet example with CR LF before ETX and checksum 8E, not the prose typo 6E', () => {
    // Source: ID Innovations ID-2/12/20 LA Series Datasheet X1 (11.04.2013) §4 "Data Formats".
    const bytes = Uint8Array.of(0x02, ...fromLatin1('0C000621A58E'), 0x0d, 0x0a, 0x03);
    expect(decodedSameForEverySplit(bytes)).toEqual([
      {
        kind: 'frame',
        frame: { hex10: '0C000621A5', variant: 'id12la' },
        hex: '02 30 43 30 30 30 36 32 31 41 35 38 45 0D 0A 03',
      },
    ]);
    const typo = Uint8Array.of(0x02, ...fromLatin1('0C000621A56E'), 0x0d, 0x0a, 0x03);
    expect(decodedSameForEverySplit(typo).map((d) => d.kind === 'reject' && d.reason)).toEqual(['checksum']);
  });

  it('verifies the EM-18 page checksum (4500C5D1E9 → B8) inside RDM6300 framing', () => {
    // Source: cparkb2c EM-18 RS232 page, card "4500C5D1E9B8"; the EM-18 itself sends no STX/ETX.
    expect(em4100Checksum('4500C5D1E9')).toBe(0xb8);
    expect(decodedSameForEverySplit(frame('4500C5D1E9B8'))).toMatchObject([
      { kind: 'frame', frame: { hex10: '4500C5D1E9' } },
    ]);
  });

  it('rejects what python-rdm6300 test_reader.py feeds it, and does not emit the STX-less leading fragment', () => {
    // Source: python-rdm6300 test_card_reader: a leading fragment without STX, then frames, a bad checksum
    // (68…), a 14-character frame and a non-hex utf8 frame. python-rdm6300 emits the fragment; hardware.md
    // §1.1 calls that a bug, so here it is noise.
    const stream = fromLatin1(
      '67003B51C6CB' +
        '\x0267003B51C6CB\x03\x0267003BA86C98\x03\x0267003BA86793\x03' +
        '\x0268003B51C6CB\x03\x0268003B51C6CBDA\x03\x0267003B51C6CB\x03',
    );
    const utf8Garbage = new TextEncoder().encode('\x02SomeThingCrappyÚTFŐ\x03');
    const bytes = Uint8Array.of(...stream, ...utf8Garbage, ...frame('67003B51C6CB'));
    const out = decodedSameForEverySplit(bytes);
    expect(out.map((d) => (d.kind === 'frame' ? d.frame.hex10 : d.reason))).toEqual([
      'format',
      '67003B51C6',
      '67003BA86C',
      '67003BA867',
      'checksum',
      'format',
      '67003B51C6',
      'overflow',
      'format',
      '67003B51C6',
    ]);
  });

  it('restarts on every STX: `STX noise STX frame ETX` gives the frame and one resync (hardware.md §1.6)', () => {
    const bytes = Uint8Array.of(0x02, 0x41, 0x42, ...frame('67003B51C6CB'));
    expect(decodedSameForEverySplit(bytes)).toEqual([
      { kind: 'reject', reason: 'resync', hex: '02 41 42' },
      { kind: 'frame', frame: { hex10: '67003B51C6', variant: 'rdm6300' }, hex: expect.any(String) },
    ]);
  });

  it('rejects lower-case hex and a CR without LF as format errors', () => {
    expect(
      decodedSameForEverySplit(frame('67003b51c6cb')).map((d) => d.kind === 'reject' && d.reason),
    ).toEqual(['format']);
    expect(
      decodedSameForEverySplit(fromLatin1('\x0267003B51C6CB\r\x03')).map(
        (d) => d.kind === 'reject' && d.reason,
      ),
    ).toEqual(['format']);
  });

  it('forgets a partial frame on reset, so a reopened port does not splice two reads', () => {
    const d = make();
    expect(d.push(fromLatin1('\x0267003B'))).toEqual([]);
    d.reset();
    expect(d.push(fromLatin1('51C6CB\x03'))).toEqual([]);
  });
});
