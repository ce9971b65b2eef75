import { DeviceConfigFile } from '../../domain/devices/device-config.js';
import type { DeviceEvent, DeviceState } from '../../domain/devices/device-events.js';
import { HARDWARE_SERVICE_ID } from '../../domain/devices/service-messages.js';
import { KitdeskError } from '../../domain/errors.js';
import { Backoff, type BackoffOptions } from '../drivers/backoff.js';
import { forkHardwareService, type SpawnHardwareService } from './node-spawn.js';
import {
  connectHardwareService,
  type ConnectOptions,
  type HardwareServicePort,
  type HardwareServiceProcess,
} from './service-client.js';

export type StartHardwareServiceOptions = {
  config: DeviceConfigFile;
  onEvent: (event: DeviceEvent) => void;
  /** child_process.fork of hardware/service/main by default; Electron passes a utilityProcess spawner. */
  spawn?: SpawnHardwareService;
  /** Restart delays; 0.5 s doubling to 10 s by default, reset after a minute up. */
  backoff?: BackoffOptions;
  connect?: ConnectOptions;
};

/**
 * Runs the hardware service in a process of its own and keeps it running: when it dies it is started
 * again after a back-off and given the newest configuration. While it is down, a `status` event of
 * deviceId `hardware-service` and of every enabled device says so; `connected` follows when it is back.
 * Resolves once the first start has been tried, so a kiosk without working hardware still starts.
 */
export async function startHardwareService(
  options: StartHardwareServiceOptions,
): Promise<HardwareServicePort> {
  let config = DeviceConfigFile.parse(options.config);
  const spawn = options.spawn ?? forkHardwareService;
  const backoff = new Backoff(options.backoff);
  let port: HardwareServicePort | null = null;
  let child: HardwareServiceProcess | null = null;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const status = (state: DeviceState, detail: string | null) => {
    const ts = Date.now();
    options.onEvent({ type: 'status', deviceId: HARDWARE_SERVICE_ID, state, detail, ts });
    if (state === 'connected') return;
    for (const d of config.devices) {
      if (d.enabled) options.onEvent({ type: 'status', deviceId: d.id, state, detail, ts });
    }
  };

  const restartLater = (why: string) => {
    backoff.lost(Date.now());
    const delay = backoff.next();
    status('reconnecting', `${why}; it restarts in ${delay / 1000} s.`);
    restartTimer = setTimeout(() => void start(), delay);
  };

  const start = async (): Promise<void> => {
    restartTimer = undefined;
    if (stopped) return;
    status('connecting', null);
    let started: HardwareServiceProcess;
    try {
      started = spawn();
    } catch (e) {
      restartLater(`The hardware service could not be started (${(e as Error).message})`);
      return;
    }
    child = started;
    started.on('exit', (code) => {
      if (child !== started) return;
      child = null;
      port = null;
      if (!stopped) restartLater(`The hardware service stopped (exit code ${String(code)})`);
    });
    try {
      const connected = await connectHardwareService(started, config, options.onEvent, options.connect);
      if (child !== started || stopped) return;
      port = connected;
      backoff.connected(Date.now());
      status('connected', null);
    } catch {
      // A service that never gets ready is treated like one that died: the exit handler restarts it.
      if (child === started) started.kill();
    }
  };

  const unavailable = () =>
    new KitdeskError('unavailable', 'The hardware service is restarting. Try again in a few seconds.');

  await start();
  return {
    async configure(next) {
      const parsed = DeviceConfigFile.parse(next);
      // A configuration the service refuses is not kept, so a restart brings back the devices that ran.
      await port?.configure(parsed);
      config = parsed;
    },
    async list() {
      if (!port) throw unavailable();
      return port.list();
    },
    async simulate(deviceId, action) {
      if (!port) throw unavailable();
      await port.simulate(deviceId, action);
    },
    async stop() {
      stopped = true;
      clearTimeout(restartTimer);
      const running = port;
      const last = child;
      port = null;
      child = null;
      if (running) await running.stop();
      else last?.kill();
    },
  };
}
