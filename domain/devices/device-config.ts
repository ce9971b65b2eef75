import { z } from 'zod';

export const DeviceProtocol = z.enum(['em4100', 'parallax', 'pn532', 'line', 'hid-keyboard', 'hid-pos']);
export type DeviceProtocol = z.infer<typeof DeviceProtocol>;

/** What the kiosk does with a device's reads. */
export const DeviceRole = z.enum(['card-reader', 'item-scanner']);
export type DeviceRole = z.infer<typeof DeviceRole>;

/** How to find the device again after a replug: by ids, never by `ttyUSB0` or `COM3`. */
export const DeviceMatch = z.object({
  vendorId: z.number().int().min(0).max(0xffff).optional(),
  productId: z.number().int().min(0).max(0xffff).optional(),
  serialNumber: z.string().optional(),
  /** HID usage page (0x8C for HID POS scanners). */
  usagePage: z.number().int().optional(),
});
export type DeviceMatch = z.infer<typeof DeviceMatch>;

/** About twice the slowest inter-key time of a scanner typing a label (onscan.js and hardware.md §6 use 50–100 ms). */
export const DEFAULT_SCAN_GAP_MS = 80;

export const DeviceConfig = z.object({
  id: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  role: DeviceRole,
  protocol: DeviceProtocol,
  /** `simulated` devices emit the real byte protocol from inside the hardware service (demos, no hardware). */
  transport: z.enum(['serial', 'hid', 'simulated']),
  match: DeviceMatch.default({}),
  /** A fixed path (a /dev/serial/by-id link, or a pseudo-terminal in tests) instead of matching ids. */
  path: z.string().optional(),
  baudRate: z.number().int().positive().default(9600),
  layout: z.enum(['us', 'uk']).default('us'),
  /** Line ending of serial barcode scanners. */
  suffix: z.enum(['cr', 'crlf', 'lf', 'tab']).default('cr'),
  /**
   * Serial and keyboard-mode scanners: silence after which a scan without its suffix (a scanner set to send
   * no Enter or CR) has ended, measured between the device's bytes or reports.
   */
  scanGapMs: z.number().int().min(10).max(5000).default(DEFAULT_SCAN_GAP_MS),
  /** One-shot readers: the same credential within this window is one read. */
  dedupeMs: z.number().int().min(0).max(60_000).default(1500),
  enabled: z.boolean().default(true),
});
export type DeviceConfig = z.infer<typeof DeviceConfig>;

export const DeviceConfigFile = z.object({
  version: z.literal(1),
  /** Site pattern an item label must match (e.g. "^KD-\\d{5}$"); empty accepts any. */
  assetTagPattern: z.string().default(''),
  devices: z.array(DeviceConfig),
});
export type DeviceConfigFile = z.infer<typeof DeviceConfigFile>;
