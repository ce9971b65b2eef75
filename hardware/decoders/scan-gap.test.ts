import { describe, expect, it } from 'vitest';
import { fromLatin1 } from '../bytes/hex.js';
import { keyboardReports, rdm6300Frame } from '../simulator/protocol-encoders.js';
import type { Decoded } from './decoded.js';
import { Em4100AsciiDecoder } from './em4100-ascii-decoder.js';
import { BootKeyboardDecoder } from './hid-keyboard/boot-keyboard-decoder.js';
import { LineDecoder } from './line-decoder.js';
import { endAfterGap, untimed } from './scan-gap.js';

const GAP = 80;

const texts = (decoded: Decoded<{ text: string }>[]) =>
  decoded.map((d) => (d.kind === 'frame' ? d.frame.text : `!${d.reason}`));

/** A serial scanner set to send no suffix, CR expected by the configuration. */
const serialScanner = (maxBytes?: number) => endAfterGap(new LineDecoder('cr', maxBytes), GAP);

describe('endAfterGap', () => {
  it('ends a serial scan without a suffix at the first bytes after the gap, with the bytes it was made of', () => {
    const d = serialScanner();
    expect(d.push(fromLatin1(']C0KD-000'), 0)).toEqual([]);
    expect(d.push(fromLatin1('42'), 6)).toEqual([]);
    const next = d.push(fromLatin1(']C0KD-00043'), 6 + GAP);
    expect(next).toEqual([
      { kind: 'frame', frame: { text: ']C0KD-00042' }, bytes: fromLatin1(']C0KD-00042') },
    ]);
    expect(texts(d.end())).toEqual([']C0KD-00043']);
  });

  it('keeps a label whole when its chunks arrive within the gap, wherever it is cut', () => {
    const label = fromLatin1(']C0KD-00042');
    for (let at = 0; at <= label.length; at++) {
      const d = serialScanner();
      const pushed = [...d.push(label.subarray(0, at), 0), ...d.push(label.subarray(at), GAP - 1)];
      expect([...texts(pushed), ...texts(d.end())], `split at ${at}`).toEqual([']C0KD-00042']);
    }
  });

  it('gives the deadline of a held scan and ends it there, not a millisecond before', () => {
    const d = serialScanner();
    expect(d.deadline()).toBeNull();
    d.push(fromLatin1('KD-00042'), 1000);
    expect(d.deadline()).toBe(1000 + GAP);
    expect(d.expire(1000 + GAP - 1)).toEqual([]);
    expect(texts(d.expire(1000 + GAP))).toEqual(['KD-00042']);
    expect(d.deadline()).toBeNull();
    expect(d.expire(5000)).toEqual([]);
  });

  it('still ends a scan at its suffix at once, leaving nothing held', () => {
    const d = serialScanner();
    expect(texts(d.push(fromLatin1('KD-00042\r'), 0))).toEqual(['KD-00042']);
    expect(d.deadline()).toBeNull();
    expect(d.end()).toEqual([]);
  });

  it('reads the next scan after an over-long one once the scanner falls silent', () => {
    const d = serialScanner(8);
    expect(texts(d.push(fromLatin1('ABCDEFGHIJ'), 0))).toEqual(['!overflow']);
    expect(d.push(fromLatin1('KD-1'), GAP)).toEqual([]);
    expect(texts(d.end())).toEqual(['KD-1']);
  });

  it('ends a keyboard-mode scan sent without Enter, a report every few milliseconds', () => {
    const d = endAfterGap(new BootKeyboardDecoder({ layout: 'uk' }), GAP);
    const reports = keyboardReports('KD-00042', 'uk', 'none');
    expect(reports.flatMap((r, i) => d.push(r, i * 4))).toEqual([]);
    const last = (reports.length - 1) * 4;
    expect(d.deadline()).toBe(last + GAP);
    expect(texts(d.expire(last + GAP))).toEqual(['KD-00042']);
  });

  it('forgets a held scan and its deadline on reset', () => {
    const d = serialScanner();
    d.push(fromLatin1('KD-000'), 0);
    d.reset();
    expect(d.deadline()).toBeNull();
    expect(d.end()).toEqual([]);
  });
});

describe('untimed', () => {
  it('passes frames that end with their own bytes through and never holds anything for a gap', () => {
    const d = untimed(new Em4100AsciiDecoder());
    const frame = rdm6300Frame('67003B51C6');
    expect(d.push(frame.subarray(0, 5), 0)).toEqual([]);
    expect(d.deadline()).toBeNull();
    expect(d.expire(10_000)).toEqual([]);
    expect(d.end()).toEqual([]);
    expect(d.push(frame.subarray(5), 20_000)).toMatchObject([
      { kind: 'frame', frame: { hex10: '67003B51C6' } },
    ]);
  });
});
