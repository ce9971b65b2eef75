import type { ForkOptions, UtilityProcess } from 'electron';
import type { SpawnHardwareService } from '../../hardware/service/node-spawn.js';

type Fork = (modulePath: string, args?: string[], options?: ForkOptions) => UtilityProcess;

/**
 * Starts the hardware service in an Electron utility process: a Node process of its own, so a native HID or
 * serial crash takes down only the service, never the kiosk window or the core. The service's supervisor
 * (hardware/service/supervisor.ts) calls this again, with back-off, whenever the process exits.
 */
export function utilityProcessSpawner(fork: Fork, modulePath: string): SpawnHardwareService {
  return () => {
    const child = fork(modulePath, [], { serviceName: 'Kitdesk hardware service', stdio: 'inherit' });
    return {
      send: (message) => child.postMessage(message),
      on: (event: 'message' | 'exit', listener: (value: never) => void) => {
        if (event === 'message') child.on('message', listener as (message: unknown) => void);
        else child.on('exit', listener as (code: number) => void);
      },
      kill: () => {
        child.kill();
      },
    };
  };
}
