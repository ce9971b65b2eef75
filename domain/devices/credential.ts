import { z } from 'zod';

/**
 * One shape for every tap and scan, whichever reader produced it. The kiosk matches a card against the
 * canonical value and every alias, so whichever number the school printed or stored works.
 */
export const Credential = z.object({
  kind: z.enum(['em4100', 'iso14443a', 'barcode']),
  /**
   * EM4100: 10 hex; ISO 14443A: UID hex, MSB first; barcode: data without AIM id or suffix. Like every
   * alias, sent as its key (domain/credentials/credential-key.ts).
   */
  canonical: z.string().min(1).max(512),
  /** EM4100: printed 10-digit decimal, W26 "fff,ccccc", 40-bit decimal; NFC: decimal and byte-reversed decimal. */
  aliases: z.array(z.string()),
  /** AIM symbology identifier of a barcode (e.g. "]C1"), when the scanner sent one. */
  symbology: z.string().nullable(),
  /** The configured device it came from. */
  sourceId: z.string(),
  /** Milliseconds since the epoch. */
  ts: z.number(),
});
export type Credential = z.infer<typeof Credential>;

/** Every value a credential may be stored under in the catalogue. */
export function credentialKeys(c: Pick<Credential, 'canonical' | 'aliases'>): string[] {
  return [c.canonical, ...c.aliases];
}
