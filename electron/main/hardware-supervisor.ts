import type { HardwareServiceProcess, SpawnHardwareService } from './hardware-process.js';
import type { ShellLog } from './shell-log.js';

export type HardwareSupervisorOptions = {
  /** Waits before each restart in a row; the last one repeats. shared/docs/hardware.md §11: 0.5 s to 10 s. */
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
 * Wraps a spawner so the service it starts comes back when it exits on its own (a native driver crash),
 * with back-off so a service that dies at once does not spin. The core holds one process object for the
 * whole session: messages from every incarnation reach its listeners, and it hears `exit` only after it
 * called `kill()` itself.
 */
export function superviseHardwareService(
  spawn: SpawnHardwareService,
  options: HardwareSupervisorOptions,
): SpawnHardwareService {
  const now = options.now ?? Date.now;
  return () => {
    const messageListeners: ((message: unknown) => void)[] = [];
    const exitListeners: ((code: number | null) => void)[] = [];
    let current: HardwareServiceProcess | null = null;
    let restartTimer: ReturnType<typeof setTimeout> | undefined;
    let quickExits = 0;
    let stopped = false;

    const start = (): void => {
      const startedAt = now();
      const child = spawn();
      current = child;
      child.on('message', (message) => {
        for (const listener of messageListeners) listener(message);
      });
      child.on('exit', (code) => {
        if (current === child) current = null;
        if (stopped) {
          for (const listener of exitListeners) listener(code);
          return;
        }
        if (now() - startedAt >= options.stableMs) quickExits = 0;
        const delay = options.delaysMs[Math.min(quickExits, options.delaysMs.length - 1)] ?? 0;
        quickExits += 1;
        options.log.warn(`The hardware service exited (code ${String(code)}); restarting it in ${delay} ms.`);
        restartTimer = setTimeout(() => {
          restartTimer = undefined;
          if (!stopped) start();
        }, delay);
      });
    };

    start();
    return {
      send(message) {
        // Between a crash and the restart there is no service to tell; the restarted one reads its
        // configuration afresh when it starts.
        current?.send(message);
      },
      on(event: 'message' | 'exit', listener: (value: never) => void) {
        if (event === 'message') messageListeners.push(listener as (message: unknown) => void);
        else exitListeners.push(listener as (code: number | null) => void);
      },
      kill() {
        if (stopped) return;
        stopped = true;
        clearTimeout(restartTimer);
        if (current) current.kill();
        else for (const listener of exitListeners) listener(null);
      },
    };
  };
}
