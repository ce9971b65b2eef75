import { z } from 'zod';
import { errorCodes } from '../errors.js';
import { DeviceConfigFile } from './device-config.js';
import { AttachedDevice, DeviceEvent } from './device-events.js';

/**
 * The messages between the kiosk core and the hardware service process (Node IPC, or an Electron
 * utilityProcess port). Requests may carry a `requestId`; the answer echoes it, so several requests can be
 * in flight. Everything else the service sends is a DeviceEvent.
 */

/** The deviceId of the status events that speak for the hardware service process itself. */
export const HARDWARE_SERVICE_ID = 'hardware-service';

/** What a simulated device is asked to do; it answers with the real bytes of its protocol. */
export const SimulateAction = z.discriminatedUnion('kind', [
  /** A card held to the reader; without `canonical` the device's demo card. */
  z.object({ kind: z.literal('tap'), canonical: z.string().trim().min(1).max(64).optional() }),
  /** A label scanned, AIM prefix (e.g. "]C0") included when the scanner would send one. */
  z.object({ kind: z.literal('scan'), data: z.string().min(1).max(4096) }),
]);
export type SimulateAction = z.infer<typeof SimulateAction>;

const RequestId = z.string().min(1).max(64).optional();

export const ServiceRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('configure'), requestId: RequestId, config: DeviceConfigFile }),
  z.object({ type: z.literal('list'), requestId: RequestId }),
  z.object({
    type: z.literal('simulate'),
    requestId: RequestId,
    deviceId: z.string().min(1),
    action: SimulateAction,
  }),
  /** Closes every device and ends the process. */
  z.object({ type: z.literal('shutdown'), requestId: RequestId }),
]);
export type ServiceRequest = z.infer<typeof ServiceRequest>;

const AnswerTo = z.enum(['configure', 'list', 'simulate', 'shutdown']);

export const ServiceReply = z.discriminatedUnion('type', [
  /** The service is up and listening; it has no devices until configured. */
  z.object({ type: z.literal('ready'), pid: z.number().int(), ts: z.number() }),
  z.object({
    type: z.literal('list-result'),
    requestId: z.string().nullable(),
    devices: z.array(AttachedDevice),
  }),
  z.object({ type: z.literal('done'), requestId: z.string().nullable(), request: AnswerTo }),
  z.object({
    type: z.literal('failed'),
    requestId: z.string().nullable(),
    request: AnswerTo.nullable(),
    error: z.object({ code: z.enum(errorCodes), message: z.string() }),
  }),
]);
export type ServiceReply = z.infer<typeof ServiceReply>;

/** Everything the service sends: its replies and the device events. */
export const ServiceMessage = z.discriminatedUnion('type', [...ServiceReply.options, ...DeviceEvent.options]);
export type ServiceMessage = z.infer<typeof ServiceMessage>;
