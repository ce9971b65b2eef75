import type { DeviceConfigFile } from '../../domain/devices/device-config.js';
import type { AttachedDevice, DeviceEvent } from '../../domain/devices/device-events.js';
import {
  HARDWARE_SERVICE_ID,
  ServiceMessage,
  type ServiceReply,
  type ServiceRequest,
  type SimulateAction,
} from '../../domain/devices/service-messages.js';
import { KitdeskError } from '../../domain/errors.js';

/**
 * A running hardware service process: a Node ChildProcess from child_process.fork fits as it is, an
 * Electron UtilityProcess through a small adapter (see hardware/README.md).
 */
export type HardwareServiceProcess = {
  send(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): void;
  on(event: 'exit', listener: (code: number | null) => void): void;
  kill(): void;
};

/** What the kiosk core uses of the hardware service. */
export type HardwareServicePort = {
  /** Replaces the running devices; refused, with nothing changed, if the configuration has problems. */
  configure(config: DeviceConfigFile): Promise<void>;
  /** Serial ports and HID interfaces attached to the machine, configured or not. */
  list(): Promise<AttachedDevice[]>;
  /** A tap or scan on a simulated device, which then sends its protocol's real bytes. */
  simulate(deviceId: string, action: SimulateAction): Promise<void>;
  /** Closes every device and ends the process. */
  stop(): Promise<void>;
};

export type ConnectOptions = { readyTimeoutMs?: number; requestTimeoutMs?: number; stopTimeoutMs?: number };

type Pending = {
  resolve(reply: ServiceReply): void;
  reject(e: Error): void;
  timer: ReturnType<typeof setTimeout>;
};

/** A request as the port builds it; the request id is added on sending. */
type WithoutRequestId<R> = R extends unknown ? Omit<R, 'requestId'> : never;
type Outgoing = WithoutRequestId<ServiceRequest>;

const gone = () =>
  new KitdeskError('unavailable', 'The hardware service stopped; it restarts in a few seconds.');

/**
 * Speaks the service protocol over one process: waits for `ready`, sends the configuration, and resolves
 * with the port. Messages that do not fit the contract are dropped. A configuration the service refuses
 * is reported as an `error` status of the hardware service rather than failing the connection, so a bad
 * configuration does not become a restart loop.
 */
export async function connectHardwareService(
  child: HardwareServiceProcess,
  config: DeviceConfigFile,
  onEvent: (event: DeviceEvent) => void,
  options: ConnectOptions = {},
): Promise<HardwareServicePort> {
  const pending = new Map<string, Pending>();
  let nextId = 1;
  let exited = false;
  let markReady!: () => void;
  let exitedBeforeReady!: (e: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    exitedBeforeReady = reject;
  });

  child.on('message', (raw) => {
    const parsed = ServiceMessage.safeParse(raw);
    if (!parsed.success) return;
    const m = parsed.data;
    switch (m.type) {
      case 'ready':
        markReady();
        return;
      case 'list-result':
      case 'done':
      case 'failed': {
        const p = m.requestId === null ? undefined : pending.get(m.requestId);
        if (!p) return;
        pending.delete(m.requestId!);
        clearTimeout(p.timer);
        p.resolve(m);
        return;
      }
      default:
        onEvent(m);
    }
  });
  child.on('exit', () => {
    exited = true;
    // Dead before it said ready: fail now rather than keep the kiosk waiting for the ready timeout.
    exitedBeforeReady(gone());
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(gone());
    }
    pending.clear();
  });

  const request = (message: Outgoing): Promise<ServiceReply> => {
    if (exited) return Promise.reject(gone());
    const requestId = String(nextId++);
    return new Promise<ServiceReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(requestId);
        reject(
          new KitdeskError('unavailable', 'The hardware service did not answer in time; it may be stuck.'),
        );
      }, options.requestTimeoutMs ?? 10_000);
      pending.set(requestId, { resolve, reject, timer });
      child.send({ ...message, requestId });
    }).then((reply) => {
      if (reply.type === 'failed') throw new KitdeskError(reply.error.code, reply.error.message);
      return reply;
    });
  };

  const readyTimeout = options.readyTimeoutMs ?? 20_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    ready,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new KitdeskError('unavailable', `The hardware service was not ready within ${readyTimeout} ms.`),
          ),
        readyTimeout,
      );
    }),
  ]).finally(() => clearTimeout(timer));

  const configure = async (next: DeviceConfigFile) => {
    await request({ type: 'configure', config: next });
  };
  await configure(config).catch((e: Error) => {
    if (e instanceof KitdeskError && e.code === 'unavailable') throw e;
    onEvent({
      type: 'status',
      deviceId: HARDWARE_SERVICE_ID,
      state: 'error',
      detail: e.message,
      ts: Date.now(),
    });
  });

  return {
    configure,
    async list() {
      const reply = await request({ type: 'list' });
      return reply.type === 'list-result' ? reply.devices : [];
    },
    async simulate(deviceId, action) {
      await request({ type: 'simulate', deviceId, action });
    },
    async stop() {
      if (exited) return;
      const exit = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      await request({ type: 'shutdown' }).catch(() => undefined);
      const killer = setTimeout(() => child.kill(), options.stopTimeoutMs ?? 3000);
      await exit;
      clearTimeout(killer);
    },
  };
}
