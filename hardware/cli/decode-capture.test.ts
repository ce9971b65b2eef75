import { describe, expect, it } from 'vitest';
import { parseHex } from '../bytes/hex.js';
import { compileAssetTagPattern } from '../barcode/asset-tag-pattern.js';
import { keyboardReports } from '../simulator/protocol-encoders.js';
import { decodeCapture, type CaptureOptions } from './decode-capture.js';

const opts = (o: Partial<CaptureOptions> & Pick<CaptureOptions, 'protocol'>): CaptureOptions => ({
  layout: 'us',
  suffix: 'cr',
  role: 'card-reader',
  assetTagPattern: null,
  ...o,
});

describe('decodeCapture', () => {
  it('prints the issue’s EM4100 example with its aliases, and every repeat of a held card', () => {
    // Source: the example output; frame of python-rdm6300 test_reader.py.
    const frame = '02 36 37 30 30 33 42 35 31 43 36 43 42 03';
    expect(decodeCapture([parseHex(`${frame} ${frame}`)], opts({ protocol: 'em4100' }))).toEqual([
      {
        event: 'credential',
        kind: 'em4100',
        canonical: '67003B51C6',
        aliases: ['0003887558', '059,20934', '442385519046'],
      },
      {
        event: 'credential',
        kind: 'em4100',
        canonical: '67003B51C6',
        aliases: ['0003887558', '059,20934', '442385519046'],
      },
    ]);
  });

  it('prints rejects with their reason and bytes', () => {
    expect(
      decodeCapture([parseHex('02 36 38 30 30 33 42 35 31 43 36 43 42 03')], opts({ protocol: 'em4100' })),
    ).toEqual([{ event: 'reject', reason: 'checksum', hex: '02 36 38 30 30 33 42 35 31 43 36 43 42 03' }]);
  });

  it('prints PN532 frames, the firmware and the card of a poll', () => {
    const capture = parseHex(
      '00 00 FF 00 FF 00 00 00 FF 06 FA D5 03 32 01 06 07 E8 00 00 00 FF 0C F4 D5 4B 01 01 00 04 08 04 90 1F 2A A4 51 00',
    );
    expect(decodeCapture([capture], opts({ protocol: 'pn532' }))).toEqual([
      { event: 'pn532', frame: 'ack' },
      { event: 'firmware', ic: '0x32', version: '1.6', support: '0x07' },
      { event: 'pn532', frame: 'info', tfi: 'D5', data: '4B 01 01 00 04 08 04 90 1F 2A A4' },
      {
        event: 'credential',
        kind: 'iso14443a',
        canonical: '901F2AA4',
        aliases: ['2417961636', '2754224016', 'A42A1F90'],
      },
    ]);
  });

  it('prints barcodes with their symbology and pattern rejects for item scanners', () => {
    const line = new TextEncoder().encode(']C10109501101530003\x1d21ABC\r]C0NOPE\r');
    expect(
      decodeCapture(
        [line],
        opts({ protocol: 'line', role: 'item-scanner', assetTagPattern: compileAssetTagPattern('^01') }),
      ),
    ).toEqual([
      {
        event: 'barcode',
        data: '0109501101530003\x1d21ABC',
        symbology: ']C1',
        aliases: ['(01)09501101530003(21)ABC'],
      },
      {
        event: 'reject',
        reason: 'pattern',
        problem: expect.stringContaining('NOPE'),
        hex: '5D 43 30 4E 4F 50 45 0D',
      },
    ]);
  });

  it('decodes HID reports one per input', () => {
    const reports = ['02 00 04 00 00 00 00 00', '00 00 00 00 00 00 00 00', '00 00 28 00 00 00 00 00'].map(
      parseHex,
    );
    expect(decodeCapture(reports, opts({ protocol: 'hid-keyboard', layout: 'uk' }))).toEqual([
      { event: 'barcode', data: 'A', symbology: null },
    ]);
  });

  it('ends a scan sent without Enter or CR at the end of the capture', () => {
    expect(
      decodeCapture(
        keyboardReports('KD-00042', 'uk', 'none'),
        opts({ protocol: 'hid-keyboard', layout: 'uk' }),
      ),
    ).toEqual([{ event: 'barcode', data: 'KD-00042', symbology: null }]);
    expect(decodeCapture([new TextEncoder().encode('KD-1\rKD-2')], opts({ protocol: 'line' }))).toEqual([
      { event: 'barcode', data: 'KD-1', symbology: null },
      { event: 'barcode', data: 'KD-2', symbology: null },
    ]);
  });
});
