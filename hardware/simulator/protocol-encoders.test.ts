import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes, toHex } from '../bytes/hex.js';
import { Em4100AsciiDecoder } from '../decoders/em4100-ascii-decoder.js';
import { BootKeyboardDecoder } from '../decoders/hid-keyboard/boot-keyboard-decoder.js';
import { HidPosDecoder } from '../decoders/hid-pos/hid-pos-decoder.js';
import { LineDecoder } from '../decoders/line-decoder.js';
import { ParallaxDecoder } from '../decoders/parallax-decoder.js';
import { Pn532FrameDecoder } from '../decoders/pn532/pn532-frame-decoder.js';
import { parseInListPassiveTarget } from '../decoders/pn532/pn532-commands.js';
import {
  hidPosReports,
  id12laFrame,
  keyboardReports,
  parallaxFrame,
  pn532TargetResponse,
  rdm6300Frame,
  scannerLine,
} from './protocol-encoders.js';

const hex10 = fc.stringMatching(/^[0-9A-F]{10}$/);
const frames = (out: readonly object[]): unknown[] => out.flatMap((d) => ('frame' in d ? [d.frame] : []));

describe('protocol encoders', () => {
  it('make the datasheet bytes: RDM6300 67003B51C6 and Parallax 0F0184F07A', () => {
    // Sources: python-rdm6300 test_reader.py ("67003B51C6CB"); Parallax #28140 documentation v2.1 p.2.
    expect(toHex(rdm6300Frame('67003B51C6'))).toBe('02 36 37 30 30 33 42 35 31 43 36 43 42 03');
    expect(toHex(id12laFrame('0C000621A5'))).toBe('02 30 43 30 30 30 36 32 31 41 35 38 45 0D 0A 03');
    expect(toHex(parallaxFrame('0F0184F07A'))).toBe('0A 30 46 30 31 38 34 46 30 37 41 0D');
    expect(toHex(pn532TargetResponse('901F2AA4'))).toBe(
      '00 00 FF 00 FF 00 00 00 FF 0C F4 D5 4B 01 01 00 04 08 04 90 1F 2A A4 51 00',
    );
  });

  it('round-trip any card id through the EM4100, Parallax and PN532 decoders', () => {
    fc.assert(
      fc.property(hex10, (id) => {
        expect(
          frames(new Em4100AsciiDecoder().push(concatBytes([rdm6300Frame(id), id12laFrame(id)]))),
        ).toEqual([
          { hex10: id, variant: 'rdm6300' },
          { hex10: id, variant: 'id12la' },
        ]);
        expect(frames(new ParallaxDecoder().push(parallaxFrame(id)))).toEqual([{ hex10: id }]);
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(4, 7, 10),
        fc.infiniteStream(fc.integer({ min: 0, max: 255 })),
        (n, bytes) => {
          const uid = Uint8Array.from(bytes.take(n));
          const out = frames(new Pn532FrameDecoder().push(pn532TargetResponse(toHex(uid))));
          expect(out[0]).toEqual({ type: 'ack' });
          const answer = out[1] as Parameters<typeof parseInListPassiveTarget>[0];
          expect(parseInListPassiveTarget(answer).map((t) => toHex(t.uid))).toEqual([toHex(uid)]);
        },
      ),
    );
  });

  it('round-trip printable latin1 text, GS included, through lines, keyboard reports and HID POS', () => {
    const text = fc
      .array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.constant(0x1d), fc.constant(0xa3)), {
        minLength: 1,
        maxLength: 150,
      })
      .map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(text, fc.constantFrom('us' as const, 'uk' as const), (t, layout) => {
        expect(frames(new LineDecoder('crlf').push(scannerLine(t, 'crlf')))).toEqual([{ text: t }]);
        const keyboard = new BootKeyboardDecoder({ layout });
        expect(frames(keyboardReports(t, layout).flatMap((r) => keyboard.push(r)))).toEqual([{ text: t }]);
        const pos = new HidPosDecoder();
        expect(frames(hidPosReports(t, ']C0').flatMap((r) => pos.push(r)))).toEqual([
          { data: t, aim: ']C0', codeId: null },
        ]);
      }),
    );
  });

  it('refuse ids that are not ids, with a sentence saying what is needed', () => {
    expect(() => rdm6300Frame('12345')).toThrow(/10 hex digits/);
    expect(() => pn532TargetResponse('0102')).toThrow(/4, 7 or 10 bytes/);
  });
});
