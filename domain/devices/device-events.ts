import { z } from 'zod';
import { Credential } from './credential.js';

export const DeviceState = z.enum(['connecting', 'connected', 'reconnecting', 'disconnected', 'error']);
export type DeviceState = z.infer<typeof DeviceState>;

export const RejectReason = z.enum([
  'checksum',
  'format',
  'overflow',
  'resync',
  'pattern',
  'check_digit',
  'timeout',
]);
export type RejectReason = z.infer<typeof RejectReason>;

export const DeviceCounters = z.object({
  frames: z.number().int().nonnegative(),
  credentials: z.number().int().nonnegative(),
  rejects: z.record(z.string(), z.number().int().nonnegative()),
  reconnects: z.number().int().nonnegative(),
});
export type DeviceCounters = z.infer<typeof DeviceCounters>;

/** Everything the hardware service tells the kiosk core, one typed stream. */
export const DeviceEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('credential'), deviceId: z.string(), credential: Credential }),
  /** A card left a reader that repeats frames while a card is present. */
  z.object({ type: z.literal('removed'), deviceId: z.string(), canonical: z.string(), ts: z.number() }),
  z.object({
    type: z.literal('status'),
    deviceId: z.string(),
    state: DeviceState,
    detail: z.string().nullable(),
    ts: z.number(),
  }),
  /** Bytes as they arrived, hex-encoded, for the diagnostics screen. */
  z.object({ type: z.literal('raw'), deviceId: z.string(), hex: z.string(), ts: z.number() }),
  z.object({
    type: z.literal('reject'),
    deviceId: z.string(),
    reason: RejectReason,
    hex: z.string(),
    ts: z.number(),
  }),
  z.object({ type: z.literal('counters'), deviceId: z.string(), counters: DeviceCounters, ts: z.number() }),
]);
export type DeviceEvent = z.infer<typeof DeviceEvent>;

/** A device the machine has, configured or not, for the diagnostics list. */
export const AttachedDevice = z.object({
  transport: z.enum(['serial', 'hid']),
  path: z.string(),
  vendorId: z.number().int().nullable(),
  productId: z.number().int().nullable(),
  serialNumber: z.string().nullable(),
  manufacturer: z.string().nullable(),
  product: z.string().nullable(),
  usagePage: z.number().int().nullable(),
  /** A guess from ids and descriptors: "RFID reader (CH340 serial)", "HID POS barcode scanner", … */
  guess: z.string(),
  /** The configured device this one matches, if any. */
  configuredAs: z.string().nullable(),
});
export type AttachedDevice = z.infer<typeof AttachedDevice>;
