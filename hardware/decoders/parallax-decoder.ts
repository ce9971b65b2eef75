import { reject, type Decoded, type Decoder } from './decoded.js';
import { DelimitedFrameScanner } from './delimited-frame-scanner.js';

const LF = 0x0a;
const CR = 0x0d;
const HEX10 = /^[0-9A-F]{10}$/;

export type ParallaxFrame = { hex10: string };

/**
 * Parallax #28140/#28340 frames: `LF`, 10 hex, `CR` at 2400 baud (documentation v2.1 p.2). There is no
 * checksum, so the strict length and alphabet are the only guard against noise.
 */
export class ParallaxDecoder implements Decoder<ParallaxFrame> {
  private readonly scanner = new DelimitedFrameScanner(LF, CR, 10);

  push(chunk: Uint8Array): Decoded<ParallaxFrame>[] {
    return this.scanner.push(chunk).map((s) => {
      if (s.kind === 'reject') return s;
      const text = String.fromCharCode(...s.body);
      if (!HEX10.test(text)) return reject('format', s.bytes);
      return { kind: 'frame', frame: { hex10: text }, bytes: s.bytes };
    });
  }

  reset(): void {
    this.scanner.reset();
  }
}
