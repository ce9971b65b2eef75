import { KitdeskError } from '../../../domain/errors.js';

/** Frame identifiers (NXP UM0701-02 §6.2.1). */
export const TFI_HOST_TO_PN532 = 0xd4;
export const TFI_PN532_TO_HOST = 0xd5;
const TFI_APPLICATION_ERROR = 0x7f;

/** The largest TFI+PD the PN532 exchanges (264 data bytes in an extended frame plus TFI and command). */
export const MAX_PN532_PAYLOAD = 266;

export type Pn532Frame =
  | { type: 'ack' }
  | { type: 'nack' }
  /** The PN532 could not process the command (frame `00 00 FF 01 FF 7F 81 00`). */
  | { type: 'error' }
  | { type: 'info'; tfi: number; data: Uint8Array; extended: boolean };

export const PN532_ACK = Uint8Array.of(0x00, 0x00, 0xff, 0x00, 0xff, 0x00);
export const PN532_NACK = Uint8Array.of(0x00, 0x00, 0xff, 0xff, 0x00, 0x00);
export const PN532_ERROR_FRAME = Uint8Array.of(
  0x00,
  0x00,
  0xff,
  0x01,
  0xff,
  TFI_APPLICATION_ERROR,
  0x81,
  0x00,
);

function checksum(bytes: Iterable<number>): number {
  let sum = 0;
  for (const b of bytes) sum += b;
  return (0x100 - (sum & 0xff)) & 0xff;
}

/**
 * An information frame, normal up to 254 data bytes and extended beyond or when asked (UM0701-02 §6.2.1;
 * the PN532 accepts extended frames of any length).
 */
export function encodePn532Frame(
  tfi: number,
  data: Uint8Array | readonly number[],
  { extended = false }: { extended?: boolean } = {},
): Uint8Array {
  const body = [tfi, ...data];
  if (body.length > MAX_PN532_PAYLOAD) {
    throw new KitdeskError('validation_failed', `A PN532 frame carries at most ${MAX_PN532_PAYLOAD} bytes.`);
  }
  const dcs = checksum(body);
  if (body.length <= 0xff && !extended) {
    return Uint8Array.of(0x00, 0x00, 0xff, body.length, checksum([body.length]), ...body, dcs, 0x00);
  }
  const lenM = body.length >> 8;
  const lenL = body.length & 0xff;
  return Uint8Array.of(0x00, 0x00, 0xff, 0xff, 0xff, lenM, lenL, checksum([lenM, lenL]), ...body, dcs, 0x00);
}

export function frameFromBody(body: Uint8Array, extended: boolean): Pn532Frame {
  if (!extended && body.length === 1 && body[0] === TFI_APPLICATION_ERROR) return { type: 'error' };
  return { type: 'info', tfi: body[0] ?? 0, data: body.slice(1), extended };
}

export function bodyChecksumOk(body: readonly number[], dcs: number): boolean {
  return checksum(body) === dcs;
}

export function lengthChecksumOk(lengthBytes: readonly number[], lcs: number): boolean {
  return checksum(lengthBytes) === lcs;
}
