import { z } from 'zod';

/** Every row id is a UUID, made where the row is born (a kiosk makes its own event and loan ids offline). */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

export function newId(): Id {
  return globalThis.crypto.randomUUID();
}

/** Timestamps cross every boundary as ISO 8601 strings with an offset. */
export const IsoDateTime = z.iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** Calendar dates (purchase, disposal, left school) carry no time of day. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** Money is whole pence (GBP), never floating pounds. */
export const Pence = z.number().int().nonnegative();
export type Pence = z.infer<typeof Pence>;
