import { KitdeskError, type DeviceConfigFile, type DeviceEvent } from '../../domain/index.js';
import type { HardwarePort, OpenHardware } from '../core/index.js';
import type { HardwareServiceProcess, SpawnHardwareService } from './hardware-process.js';
import type { ShellLog } from './shell-log.js';

/**
 * Speaks the hardware service's protocol over one running process: sends it the configuration and resolves
 * once it is ready. hardware/service does not provide this yet; this is the shape the supervisor needs.
 */
export type ConnectHardwareService = (
  process: HardwareServiceProcess,
  config: DeviceConfigFile,
  onEvent: (event: DeviceEvent) => void,
) => Promise<HardwarePort>;

export type HardwareSupervisorOptions = {
  spawn: SpawnHardwareService;
  connect: ConnectHardwareService;
  /** Waits before each restart in a row, the last one repeating (shared/docs/hardware.md §11). */
  delaysMs: readonly number[];
  /** A service that ran this long before exiting starts again from the first delay. */
  stableMs: number;
  log: ShellLog;
  now?: () => number;
};

export const defaultHardwareBackoff: Pick<HardwareSupervisorOptions, 'delaysMs' | 'stableMs'> = {
  delaysMs: [500, 1_000, 2_000, 5_000, 10_000],
  stableMs: 60_000,
};

/**
 * The core opens the hardware once and keeps the port for the whole session. Native HID and serial code can
 * crash its process, so this port outlives any one process: when the service exits on its own it is started
 * again with back-off and given the newest configuration, and meanwhile the core's devices show as
 * reconnecting. Only the core's `stop()` ends it for good.
 */
export function superviseHardwareService(options: HardwareSupervisorOptions): OpenHardware {
  const now = options.now ?? Date.now;
  return async (initialConfig, onEvent) => {
    let config = initialConfig;
    let child: HardwareServiceProcess | null = null;
    let port: HardwarePort | null = null;
    let restartTimer: ReturnType<typeof setTimeout> | undefined;
    let quickExits = 0;
    let stopped = false;

    const reportRestarting = (detail: string): void => {
      for (const device of config.devices) {
        if (!device.enabled) continue;
        onEvent({ type: 'status', deviceId: device.id, state: 'reconnecting', detail, ts: now() });
      }
    };

    const scheduleRestart = (why: string, ranForMs: number): void => {
      if (ranForMs >= options.stableMs) quickExits = 0;
      const delay = options.delaysMs[Math.min(quickExits, options.delaysMs.length - 1)] ?? 0;
      quickExits += 1;
      const detail = `${why}; it restarts in ${delay / 1000} s.`;
      options.log.warn(detail);
      reportRestarting(detail);
      restartTimer = setTimeout(() => {
        restartTimer = undefined;
        void start();
      }, delay);
    };

    const start = async (): Promise<void> => {
      if (stopped) return;
      const startedAt = now();
      let started: HardwareServiceProcess;
      try {
        started = options.spawn();
      } catch (err) {
        scheduleRestart(`The hardware service could not be started (${describe(err)})`, 0);
        return;
      }
      child = started;
      started.on('exit', (code) => {
        if (child !== started) return;
        child = null;
        port = null;
        if (!stopped)
          scheduleRestart(`The hardware service stopped (exit code ${String(code)})`, now() - startedAt);
      });
      try {
        const connected = await options.connect(started, config, onEvent);
        if (child === started && !stopped) port = connected;
      } catch (err) {
        // A service that cannot get ready is treated like one that crashed: killing it leads to a restart.
        options.log.warn(`The hardware service did not get ready: ${describe(err)}`);
        if (child === started) started.kill();
      }
    };

    await start();

    return {
      async configure(next) {
        config = next;
        await port?.configure(next);
      },
      async list() {
        return port ? port.list() : [];
      },
      async simulate(deviceId, action) {
        if (!port) {
          throw new KitdeskError(
            'unavailable',
            'The hardware service is restarting. Try again in a few seconds.',
          );
        }
        await port.simulate(deviceId, action);
      },
      async stop() {
        stopped = true;
        clearTimeout(restartTimer);
        const running = port;
        port = null;
        if (running) await running.stop();
        else child?.kill();
      },
    };
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
