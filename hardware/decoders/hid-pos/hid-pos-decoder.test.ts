import { describe, expect, it } from 'vitest';
import { fromLatin1 } from '../../bytes/hex.js';
import { readable } from '../../testing/every-split.js';
import { HidPosDecoder } from './hid-pos-decoder.js';

/**
 * Source: HenkVanAsselt/python_hon_usbhid README, seven real 64-byte reports from a Honeywell Voyager 1602g
 * answering REVINF. (the first six are one message joined on byte 63 bit 0; the seventh is a second one).
 */
const VOYAGER_1602G = [
  '2, 56, 93, 88, 48, 80, 114, 111, 100, 117, 99, 116, 32, 78, 97, 109, 101, 58, 32, 86, 111, 121, 97, 103, 101, 114, 32, 49, 54, 48, 50, 103, 13, 10, 66, 111, 111, 116, 32, 82, 101, 118, 105, 115, 105, 111, 110, 58, 32, 58, 32, 56, 57, 57, 50, 13, 10, 83, 111, 102, 116, 63, 0, 1',
  '2, 56, 93, 88, 48, 119, 97, 114, 101, 32, 80, 97, 114, 116, 32, 78, 117, 109, 98, 101, 114, 58, 32, 67, 87, 48, 48, 48, 48, 56, 50, 66, 66, 65, 13, 10, 83, 111, 102, 116, 119, 97, 114, 101, 32, 82, 101, 118, 105, 115, 105, 111, 110, 58, 32, 36, 80, 114, 111, 106, 101, 63, 0, 1',
  '2, 56, 93, 88, 48, 99, 116, 82, 101, 118, 105, 115, 105, 111, 110, 58, 32, 49, 54, 51, 52, 53, 32, 13, 10, 83, 101, 114, 105, 97, 108, 32, 78, 117, 109, 98, 101, 114, 58, 32, 49, 53, 50, 51, 50, 66, 49, 70, 48, 67, 13, 10, 83, 117, 112, 112, 111, 114, 116, 101, 100, 63, 0, 1',
  '2, 56, 93, 88, 48, 32, 73, 70, 58, 32, 66, 108, 117, 101, 116, 111, 111, 116, 104, 13, 10, 80, 67, 66, 32, 65, 115, 115, 101, 109, 98, 108, 121, 32, 73, 68, 58, 32, 48, 48, 48, 48, 48, 48, 13, 10, 69, 110, 103, 105, 110, 101, 32, 70, 105, 114, 109, 119, 97, 114, 101, 63, 0, 1',
  '2, 56, 93, 88, 48, 32, 84, 121, 112, 101, 58, 32, 78, 47, 65, 32, 32, 32, 82, 101, 118, 105, 115, 105, 111, 110, 58, 32, 78, 47, 65, 32, 32, 32, 83, 101, 114, 105, 97, 108, 32, 78, 117, 109, 98, 101, 114, 58, 32, 78, 47, 65, 32, 32, 32, 67, 104, 101, 99, 107, 115, 63, 0, 1',
  '2, 9, 93, 88, 48, 117, 109, 58, 32, 78, 47, 65, 13, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 63, 0, 0',
  '2, 8, 93, 90, 54, 82, 69, 86, 73, 78, 70, 6, 46, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0',
].map((r) => Uint8Array.from(r.split(', '), Number));

/** One scanned-data report in the Honeywell layout (hardware.md §4). */
function report(data: string, { aim = ']C0', codeId = 'j', more = false } = {}): Uint8Array {
  const r = new Uint8Array(64);
  r[0] = 0x02;
  r[1] = data.length;
  r.set(fromLatin1(aim), 2);
  r.set(fromLatin1(data), 5);
  r[61] = codeId.charCodeAt(0);
  r[63] = more ? 1 : 0;
  return r;
}

function scans(reports: Uint8Array[]) {
  const d = new HidPosDecoder();
  return readable(reports.flatMap((r) => d.push(r))).map((o) =>
    o.kind === 'frame' ? o.frame : `!${o.reason}`,
  );
}

describe('HidPosDecoder', () => {
  it('joins the six Voyager 1602g reports on the continuation flag and keeps the seventh apart', () => {
    const out = scans(VOYAGER_1602G);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ aim: ']X0', codeId: '?' });
    const text = (out[0] as { data: string }).data;
    expect(
      text.startsWith('Product Name: Voyager 1602g\r\nBoot Revision: : 8992\r\nSoftware Part Number:'),
    ).toBe(true);
    expect(text.endsWith('Checksum: N/A')).toBe(true);
    expect(text).toHaveLength(5 * 56 + 9 - 2);
    expect(out[1]).toEqual({ data: 'REVINF\x06.', aim: ']Z6', codeId: '6' });
  });

  it('reads length bytes, not length-1 (the early WebHidBarcodeScanner bug, hardware.md §4)', () => {
    expect(scans([report('KD-00042')])).toEqual([{ data: 'KD-00042', aim: ']C0', codeId: 'j' }]);
  });

  it('removes a trailing CR suffix but keeps GS inside GS1 data', () => {
    expect(scans([report('0109501101530003\x1d21ABC\r', { aim: ']C1', codeId: 'I' })])).toEqual([
      { data: '0109501101530003\x1d21ABC', aim: ']C1', codeId: 'I' },
    ]);
  });

  it('takes the AIM id of the first report of a joined message and null when there is none', () => {
    const long = 'X'.repeat(56);
    expect(
      scans([report(long, { aim: ']Q1', codeId: 's', more: true }), report('END', { aim: '\0\0\0' })]),
    ).toEqual([{ data: `${long}END`, aim: ']Q1', codeId: 's' }]);
    expect(scans([report('A1', { aim: '\0\0\0', codeId: '\0' })])).toEqual([
      { data: 'A1', aim: null, codeId: null },
    ]);
  });

  it('rejects other report ids, short reports and lengths beyond 56, losing nothing after them', () => {
    const bad = report('A');
    bad[1] = 57;
    expect(scans([Uint8Array.of(0x01, 3, 0x41), report('A').subarray(0, 30), bad, report('OK')])).toEqual([
      '!format',
      '!format',
      '!format',
      { data: 'OK', aim: ']C0', codeId: 'j' },
    ]);
  });

  it('bounds a message whose continuation flag never clears', () => {
    const d = new HidPosDecoder(100);
    const out = [0, 1, 2].flatMap(() => d.push(report('Y'.repeat(56), { more: true })));
    out.push(...d.push(report('tail of the same message')));
    expect(out.map((o) => o.kind === 'reject' && o.reason)).toEqual(['overflow']);
    expect(readable(d.push(report('Z')))).toMatchObject([{ frame: { data: 'Z' } }]);
  });
});
