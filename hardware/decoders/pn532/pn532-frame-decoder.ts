import { reject, type Decoded, type Decoder } from '../decoded.js';
import {
  MAX_PN532_PAYLOAD,
  bodyChecksumOk,
  frameFromBody,
  lengthChecksumOk,
  type Pn532Frame,
} from './pn532-frame.js';

type State =
  | { at: 'seek' }
  | { at: 'start' }
  | { at: 'len' }
  | { at: 'lcs'; len: number }
  | { at: 'ext-len-m' }
  | { at: 'ext-len-l'; m: number }
  | { at: 'ext-lcs'; m: number; l: number }
  | { at: 'body'; need: number; extended: boolean }
  | { at: 'dcs'; extended: boolean };

/**
 * PN532 HSU frames from a byte stream: ACK, NACK, application error, normal and extended information
 * frames, with LCS and DCS checked (UM0701-02 §6.2.1). A UART read can start mid-frame, so the decoder
 * hunts for the `00 FF` start code, and when a frame fails its checks it replays the bytes after that
 * start code: a real frame hiding inside a corrupt one is still found.
 */
export class Pn532FrameDecoder implements Decoder<Pn532Frame> {
  private state: State = { at: 'seek' };
  /** Bytes of the current candidate frame from its start code on. */
  private frame: number[] = [];
  private body: number[] = [];

  push(chunk: Uint8Array): Decoded<Pn532Frame>[] {
    const out: Decoded<Pn532Frame>[] = [];
    for (const b of chunk) this.feed(b, out);
    return out;
  }

  reset(): void {
    this.state = { at: 'seek' };
    this.frame = [];
    this.body = [];
  }

  private feed(b: number, out: Decoded<Pn532Frame>[]): void {
    const s = this.state;
    switch (s.at) {
      case 'seek':
        if (b === 0x00) this.state = { at: 'start' };
        return;
      case 'start':
        if (b === 0xff) {
          this.frame = [0x00, 0xff];
          this.state = { at: 'len' };
        } else if (b !== 0x00) {
          this.state = { at: 'seek' };
        }
        return;
      case 'len':
        this.frame.push(b);
        this.state = { at: 'lcs', len: b };
        return;
      case 'lcs':
        this.frame.push(b);
        this.afterLength(s.len, b, out);
        return;
      case 'ext-len-m':
        this.frame.push(b);
        this.state = { at: 'ext-len-l', m: b };
        return;
      case 'ext-len-l':
        this.frame.push(b);
        this.state = { at: 'ext-lcs', m: s.m, l: b };
        return;
      case 'ext-lcs': {
        this.frame.push(b);
        const need = (s.m << 8) | s.l;
        if (!lengthChecksumOk([s.m, s.l], b)) return this.fail('checksum', out);
        if (need === 0 || need > MAX_PN532_PAYLOAD) return this.fail('format', out);
        this.startBody(need, true);
        return;
      }
      case 'body':
        this.frame.push(b);
        this.body.push(b);
        if (this.body.length === s.need) this.state = { at: 'dcs', extended: s.extended };
        return;
      case 'dcs':
        this.frame.push(b);
        if (!bodyChecksumOk(this.body, b)) return this.fail('checksum', out);
        this.emit(frameFromBody(Uint8Array.from(this.body), s.extended), out);
        return;
      default: {
        const unreachable: never = s;
        throw new Error(`unknown PN532 decoder state ${JSON.stringify(unreachable)}`);
      }
    }
  }

  private afterLength(len: number, lcs: number, out: Decoded<Pn532Frame>[]): void {
    if (len === 0x00 && lcs === 0xff) return this.emit({ type: 'ack' }, out);
    if (len === 0xff && lcs === 0x00) return this.emit({ type: 'nack' }, out);
    if (len === 0xff && lcs === 0xff) {
      this.state = { at: 'ext-len-m' };
      return;
    }
    if (!lengthChecksumOk([len], lcs)) return this.fail('checksum', out);
    if (len === 0) return this.fail('format', out);
    this.startBody(len, false);
  }

  private startBody(need: number, extended: boolean): void {
    this.body = [];
    this.state = { at: 'body', need, extended };
  }

  private emit(frame: Pn532Frame, out: Decoded<Pn532Frame>[]): void {
    out.push({ kind: 'frame', frame, bytes: Uint8Array.from(this.frame) });
    this.reset();
  }

  /** Reports the candidate and looks for a start code again in the bytes that followed its own. */
  private fail(reason: 'checksum' | 'format', out: Decoded<Pn532Frame>[]): void {
    const replay = this.frame.slice(2);
    out.push(reject(reason, this.frame));
    this.reset();
    for (const b of replay) this.feed(b, out);
  }
}
