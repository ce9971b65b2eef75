import type { ForkOptions, UtilityProcess } from 'electron';

/**
 * A running hardware service as the kiosk core sees it. hardware/service does not define the spawn type
 * yet, so this is the smallest shape the core needs; it matches a Node child process as well.
 */
export type HardwareServiceProcess = {
  send(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): void;
  on(event: 'exit', listener: (code: number | null) => void): void;
  kill(): void;
};
export type SpawnHardwareService = () => HardwareServiceProcess;

type Fork = (modulePath: string, args?: string[], options?: ForkOptions) => UtilityProcess;

/**
 * Starts the hardware service in an Electron utility process: a Node process of its own, so a native HID or
 * serial crash takes down only the service, never the kiosk window or the core.
 */
export function utilityProcessSpawner(
  fork: Fork,
  modulePath: string,
  args: string[] = [],
): SpawnHardwareService {
  return () => {
    const child = fork(modulePath, args, { serviceName: 'Kitdesk hardware service', stdio: 'inherit' });
    const service: HardwareServiceProcess = {
      send: (message) => child.postMessage(message),
      on: (event: 'message' | 'exit', listener: (value: never) => void) => {
        if (event === 'message') child.on('message', listener as (message: unknown) => void);
        else child.on('exit', listener as (code: number) => void);
      },
      kill: () => {
        child.kill();
      },
    };
    return service;
  };
}
