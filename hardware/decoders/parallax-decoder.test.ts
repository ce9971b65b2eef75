import { describe, expect, it } from 'vitest';
import { fromLatin1 } from '../bytes/hex.js';
import { decodeEverySplit } from '../testing/every-split.js';
import { ParallaxDecoder } from './parallax-decoder.js';

function decodedSameForEverySplit(bytes: Uint8Array) {
  const { whole, splits } = decodeEverySplit(() => new ParallaxDecoder(), bytes);
  for (const s of splits) expect(s.output, s.label).toEqual(whole);
  return whole;
}

describe('ParallaxDecoder', () => {
  it('decodes the datasheet example 0F0184F07A at every split', () => {
    // Source: Parallax RFID Card Reader #28140/#28340 documentation v2.1, p.2:
    // $0A,$30,$46,$30,$31,$38,$34,$46,$30,$37,$41,$0D.
    const bytes = Uint8Array.of(0x0a, 0x30, 0x46, 0x30, 0x31, 0x38, 0x34, 0x46, 0x30, 0x37, 0x41, 0x0d);
    expect(decodedSameForEverySplit(bytes)).toEqual([
      { kind: 'frame', frame: { hex10: '0F0184F07A' }, hex: '0A 30 46 30 31 38 34 46 30 37 41 0D' },
    ]);
  });

  it('rejects short, long and non-hex bodies, and resyncs on LF', () => {
    const bytes = fromLatin1('\n0F0184F0\r\n0F0184F07A99\r\n0F0184F0ZZ\r\n0F01\n0F0184F07A\r');
    expect(
      decodedSameForEverySplit(bytes).map((d) => (d.kind === 'frame' ? d.frame.hex10 : d.reason)),
    ).toEqual(['format', 'overflow', 'format', 'format', 'resync', '0F0184F07A']);
  });
});
