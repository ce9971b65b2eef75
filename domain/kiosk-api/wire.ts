import { z } from 'zod';
import { ApiError } from '../api-error.js';
import { KioskEventMessage, KioskMethod } from './contract.js';

/** Messages on the browser host's WebSocket (Electron IPC carries the same call shape). */
export const WireRequest = z.object({
  id: z.number().int().nonnegative(),
  method: KioskMethod,
  params: z.unknown(),
});
export type WireRequest = z.infer<typeof WireRequest>;

export const WireResponse = z.union([
  z.object({ id: z.number().int(), ok: z.literal(true), result: z.unknown() }),
  z.object({ id: z.number().int(), ok: z.literal(false), error: ApiError }),
]);
export type WireResponse = z.infer<typeof WireResponse>;

export const WireServerMessage = z.union([
  z.object({ type: z.literal('response'), response: WireResponse }),
  z.object({ type: z.literal('event'), message: KioskEventMessage }),
]);
export type WireServerMessage = z.infer<typeof WireServerMessage>;
