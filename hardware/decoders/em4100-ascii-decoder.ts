import { reject, type Decoded, type Decoder } from './decoded.js';
import { DelimitedFrameScanner } from './delimited-frame-scanner.js';

const STX = 0x02;
const ETX = 0x03;
const CR = 0x0d;
const LF = 0x0a;

/** RDM6300 sends `STX 10hex 2hex ETX`; ID-12LA/ID-20LA add `CR LF` before ETX. */
export type Em4100Frame = { hex10: string; variant: 'rdm6300' | 'id12la' };

const HEX12 = /^[0-9A-F]{12}$/;

/** The XOR of the five data bytes, as RDM6300 and ID-xxLA compute it. */
export function em4100Checksum(hex10: string): number {
  let x = 0;
  for (let i = 0; i < 10; i += 2) x ^= Number.parseInt(hex10.slice(i, i + 2), 16);
  return x;
}

/** EM4100 ASCII frames from RDM6300 and ID Innovations readers (hardware.md §1.1, §1.2, §1.6). */
export class Em4100AsciiDecoder implements Decoder<Em4100Frame> {
  // 12 characters plus the optional CR LF of the ID-xxLA.
  private readonly scanner = new DelimitedFrameScanner(STX, ETX, 14);

  push(chunk: Uint8Array): Decoded<Em4100Frame>[] {
    return this.scanner.push(chunk).map((s) => {
      if (s.kind === 'reject') return s;
      return this.frame(s.body, s.bytes);
    });
  }

  reset(): void {
    this.scanner.reset();
  }

  private frame(body: Uint8Array, bytes: Uint8Array): Decoded<Em4100Frame> {
    let variant: Em4100Frame['variant'] = 'rdm6300';
    let chars = body;
    if (body.length === 14 && body[12] === CR && body[13] === LF) {
      variant = 'id12la';
      chars = body.subarray(0, 12);
    }
    const text = String.fromCharCode(...chars);
    if (!HEX12.test(text)) return reject('format', bytes);
    const hex10 = text.slice(0, 10);
    if (em4100Checksum(hex10) !== Number.parseInt(text.slice(10), 16)) return reject('checksum', bytes);
    return { kind: 'frame', frame: { hex10, variant }, bytes };
  }
}
