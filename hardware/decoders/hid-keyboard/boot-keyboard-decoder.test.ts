import { describe, expect, it } from 'vitest';
import { parseHex } from '../../bytes/hex.js';
import { readable } from '../../testing/every-split.js';
import { BootKeyboardDecoder, type BootKeyboardOptions } from './boot-keyboard-decoder.js';

/** node-hid prints reports as `<Buffer 00 00 23 00 00 00 00 00>`; these are pasted as printed. */
const reports = (lines: string) =>
  lines
    .trim()
    .split('\n')
    .map((l) => parseHex(l.replace(/<Buffer|>/g, '')));

const key = (mods: number, ...keys: number[]) =>
  Uint8Array.of(mods, 0, ...keys, ...new Array(6 - keys.length).fill(0));
const UP = key(0);

function typed(input: Uint8Array[], options: BootKeyboardOptions = { layout: 'us' }) {
  const d = new BootKeyboardDecoder(options);
  return readable(input.flatMap((r) => d.push(r))).map((o) =>
    o.kind === 'frame' ? o.frame.text : `!${o.reason}`,
  );
}

/** Press and release of each [mods, usage], the way scanners type. */
const tap = (...keys: [number, number][]) => keys.flatMap(([m, k]) => [key(m, k), UP]);

describe('BootKeyboardDecoder', () => {
  it('decodes the EAN-13 6957842208856 capture and ignores the Ctrl+Shift+J after Enter', () => {
    // Source: node-hid issue #323 (real capture, scanner in keyboard mode), reports as printed there.
    const capture = reports(`
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 00 00 23 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 00 00 26 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 00 00 22 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 00 00 24 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 00 00 25 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 00 00 21 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 00 00 1f 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 00 00 1f 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 00 00 27 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 00 00 25 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 00 00 25 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 00 00 22 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 00 00 23 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 00 00 28 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>
      <Buffer 03 00 00 00 00 00 00 00>
      <Buffer 03 00 0d 00 00 00 00 00>
      <Buffer 03 00 00 00 00 00 00 00>
      <Buffer 00 00 00 00 00 00 00 00>`);
    expect(typed(capture)).toEqual(['6957842208856']);
    expect(typed(capture, { layout: 'uk' })).toEqual(['6957842208856']);
  });

  it('decodes the keyboard-mode RFID reader capture 0004981422 (the low 32 bits, 0x004C02AE)', () => {
    // Source: node-hid issue #78 (real capture of a 125 kHz reader in keyboard mode).
    const capture = reports(`
      00 00 27 00 00 00 00 00
      00 00 00 00 00 00 00 00
      00 00 27 00 00 00 00 00
      00 00 00 00 00 00 00 00
      00 00 27 00 00 00 00 00
      00 00 00 00 00 00 00 00
      00 00 21 00 00 00 00 00
      00 00 00 00 00 00 00 00
      00 00 26 00 00 00 00 00
      00 00 00 00 00 00 00 00
      00 00 25 00 00 00 00 00
      00 00 00 00 00 00 00 00
      00 00 1e 00 00 00 00 00
      00 00 00 00 00 00 00 00
      00 00 21 00 00 00 00 00
      00 00 00 00 00 00 00 00
      00 00 1f 00 00 00 00 00
      00 00 00 00 00 00 00 00
      00 00 1f 00 00 00 00 00
      00 00 00 00 00 00 00 00
      00 00 28 00 00 00 00 00
      00 00 00 00 00 00 00 00`);
    expect(typed(capture)).toEqual(['0004981422']);
  });

  it('reads Shift from modifier-only reports: "4*9"', () => {
    // Source: node-hid issue #228 (real capture: Shift goes down alone, then 0x25 with Shift = "*").
    const capture = reports(`
      00 00 21 00 00 00 00 00
      00 00 00 00 00 00 00 00
      02 00 00 00 00 00 00 00
      02 00 25 00 00 00 00 00
      02 00 00 00 00 00 00 00
      00 00 00 00 00 00 00 00
      00 00 26 00 00 00 00 00
      00 00 00 00 00 00 00 00
      00 00 28 00 00 00 00 00
      00 00 00 00 00 00 00 00`);
    expect(typed(capture)).toEqual(['4*9']);
  });

  it('strips a report id: 9-byte reports as an NFC reader with numbered reports sends them', () => {
    // Source: node-hid issue #228, comment by usernametaken1: "<Buffer 02 00 00 27 00 00 00 00 00>" (id 2).
    const withId = tap([0, 0x27], [0, 0x1e], [0, 0x28]).map((r) => Uint8Array.of(0x02, ...r));
    expect(typed(withId)).toEqual(['01']);
  });

  it('types Code 128 "Ab-12c" the same on US and UK', () => {
    // Source: hardware.md §3, synthesized sequence (each report padded to 8 bytes).
    const seq = [
      ...tap([0x02, 0x04], [0, 0x05], [0, 0x2d], [0, 0x1e], [0, 0x1f], [0, 0x06]),
      key(0, 0x28),
      UP,
    ];
    expect(typed(seq)).toEqual(['Ab-12c']);
    expect(typed(seq, { layout: 'uk' })).toEqual(['Ab-12c']);
  });

  it('decodes the US/UK differences of hardware.md §3 with the scanner’s layout', () => {
    const enter: [number, number] = [0, 0x28];
    const S = 0x02;
    // US: " = Shift+0x34, @ = Shift+0x1F, # = Shift+0x20, ~ = Shift+0x35, \ = 0x31
    expect(typed(tap([S, 0x34], [S, 0x1f], [S, 0x20], [S, 0x35], [0, 0x31], enter))).toEqual(['"@#~\\']);
    // UK: " = Shift+0x1F, @ = Shift+0x34, # = 0x32, £ = Shift+0x20, ~ = Shift+0x32, \ = 0x64, ¬ = Shift+0x35
    expect(
      typed(tap([S, 0x1f], [S, 0x34], [0, 0x32], [S, 0x20], [S, 0x32], [0, 0x64], [S, 0x35], enter), {
        layout: 'uk',
      }),
    ).toEqual(['"@#£~\\¬']);
  });

  it('maps keypad digits and keypad Enter', () => {
    const seq = tap([0, 0x62], [0, 0x59], [0, 0x61], [0, 0x63], [0, 0x56], [0, 0x58]);
    expect(typed(seq)).toEqual(['019.-']);
  });

  it('ignores ErrorRollOver reports without re-pressing the keys still held', () => {
    const seq = [
      key(0, 0x04),
      key(0, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01),
      key(0, 0x04),
      UP,
      key(0, 0x28),
      UP,
    ];
    expect(typed(seq)).toEqual(['a']);
  });

  it('diffs reports instead of reading data[2]: two keys down at once are two presses', () => {
    expect(typed([key(0, 0x04), key(0, 0x04, 0x05), UP, key(0, 0x28), UP])).toEqual(['ab']);
  });

  it('ignores Ctrl, Alt and GUI chords', () => {
    expect(typed(tap([0x01, 0x04], [0x04, 0x05], [0x08, 0x06], [0x10, 0x07], [0, 0x08], [0, 0x28]))).toEqual([
      'e',
    ]);
  });

  it('toggles letters on CapsLock sent by the scanner itself', () => {
    expect(
      typed(tap([0, 0x39], [0, 0x04], [0x02, 0x05], [0, 0x1e], [0, 0x39], [0, 0x06], [0, 0x28])),
    ).toEqual(['Ab1c']);
  });

  it('types Alt+keypad codes on Alt release: Alt+0029 is GS, Alt+65 is A, Alt+29 is refused', () => {
    // Source: onscan.js #40 (Zebra DS2278 sends Alt held + keypad digits); codes per Windows Alt-code rules.
    const alt = (...digits: number[]) => [...digits.map((d) => key(0x04, d)), key(0x04), UP];
    const gs1 = [...tap([0, 0x1e]), ...alt(0x62, 0x62, 0x5a, 0x61), ...tap([0, 0x1f], [0, 0x28])];
    expect(typed(gs1)).toEqual(['1\x1d2']);
    expect(typed([...alt(0x5e, 0x5d), ...tap([0, 0x28])])).toEqual(['A']);
    expect(typed([...alt(0x5a, 0x61), ...tap([0, 0x04], [0, 0x28])])).toEqual(['!format']);
  });

  it('ends lines on Tab only when configured, and rejects an over-long line whole', () => {
    const seq = tap([0, 0x04], [0, 0x2b], [0, 0x05], [0, 0x28]);
    expect(typed(seq)).toEqual(['ab']);
    expect(typed(seq, { layout: 'us', endOnTab: true })).toEqual(['a', 'b']);
    expect(
      typed(tap([0, 0x04], [0, 0x04], [0, 0x04], [0, 0x28], [0, 0x05], [0, 0x28]), {
        layout: 'us',
        maxChars: 2,
      }),
    ).toEqual(['!overflow', 'b']);
  });

  it('ends a line without Enter on endHeld, typing an Alt code still held and rejecting a spoiled line', () => {
    const d = new BootKeyboardDecoder({ layout: 'us' });
    for (const r of [...tap([0, 0x1e]), key(0x04, 0x62), key(0x04, 0x62), key(0x04, 0x5a), key(0x04, 0x61)])
      d.push(r);
    expect(d.holding()).toBe(true);
    expect(readable(d.endHeld())).toMatchObject([{ kind: 'frame', frame: { text: '1\x1d' } }]);
    expect(d.holding()).toBe(false);
    for (const r of tap([0x04, 0x5a], [0, 0x04])) d.push(r);
    expect(readable(d.endHeld())).toMatchObject([{ kind: 'reject', reason: 'format' }]);
    expect(d.endHeld()).toEqual([]);
  });

  it('rejects reports that are not boot reports', () => {
    expect(typed([Uint8Array.of(1, 2, 3)])).toEqual(['!format']);
  });
});
