import { describe, expect, it } from 'vitest';
import { fromLatin1 } from '../bytes/hex.js';
import { decodeEverySplit } from '../testing/every-split.js';
import { LineDecoder, type LineSuffix } from './line-decoder.js';

function linesForEverySplit(suffix: LineSuffix, bytes: Uint8Array, maxBytes?: number) {
  const { whole, splits } = decodeEverySplit(() => new LineDecoder(suffix, maxBytes), bytes);
  for (const s of splits) expect(s.output, s.label).toEqual(whole);
  return whole.map((d) => (d.kind === 'frame' ? d.frame.text : `!${d.reason}`));
}

describe('LineDecoder', () => {
  it('splits on CR and drops the LF of CRLF, at every split (hardware.md §5: configure CRLF, split on CR)', () => {
    expect(linesForEverySplit('cr', fromLatin1('ASSET-001\rASSET-002\r\nASSET-003\r'))).toEqual([
      'ASSET-001',
      'ASSET-002',
      'ASSET-003',
    ]);
    expect(linesForEverySplit('crlf', fromLatin1('ASSET-001\r\nASSET-002\r\n'))).toEqual([
      'ASSET-001',
      'ASSET-002',
    ]);
  });

  it('with LF drops the CR that ReadlineParser would keep ("ASSET-001\\r", hardware.md §10.6)', () => {
    expect(linesForEverySplit('lf', fromLatin1('ASSET-001\r\nASSET-002\n'))).toEqual([
      'ASSET-001',
      'ASSET-002',
    ]);
  });

  it('splits on Tab when the scanner is set to a Tab suffix', () => {
    expect(linesForEverySplit('tab', fromLatin1('KD-00001\tKD-00002\t'))).toEqual(['KD-00001', 'KD-00002']);
  });

  it('keeps GS (0x1D) and bytes above 0x7F as latin1, and skips empty lines', () => {
    const gs1 = Uint8Array.of(...fromLatin1(']C1010950110153000310ABC'), 0x1d, ...fromLatin1('21XYZ'), 0x0d);
    expect(linesForEverySplit('cr', Uint8Array.of(0x0d, ...gs1, 0xa3, 0x35, 0x0d))).toEqual([
      ']C1010950110153000310ABC\x1d21XYZ',
      '£5',
    ]);
  });

  it('rejects an over-long line whole, then reads the next one', () => {
    expect(linesForEverySplit('cr', fromLatin1('ABCDEFGHIJ\rKD-1\r'), 8)).toEqual(['!overflow', 'KD-1']);
  });

  it('ends a held line on endHeld (the scanner fell silent), dropping a CR before it in LF mode', () => {
    const d = new LineDecoder('lf');
    d.push(fromLatin1('KD-00042\r'));
    expect(d.holding()).toBe(true);
    expect(d.endHeld()).toEqual([
      { kind: 'frame', frame: { text: 'KD-00042' }, bytes: fromLatin1('KD-00042\r') },
    ]);
    expect(d.holding()).toBe(false);
    expect(d.endHeld()).toEqual([]);
  });

  it('holds a line without its suffix: a pulled cable does not turn half a label into a read', () => {
    const d = new LineDecoder('cr');
    expect(d.push(fromLatin1('KD-000'))).toEqual([]);
    d.reset();
    expect(d.push(fromLatin1('12\r'))).toMatchObject([{ frame: { text: '12' } }]);
  });
});
