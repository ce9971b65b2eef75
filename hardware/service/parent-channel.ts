import type { ServiceMessage } from '../../domain/devices/service-messages.js';

/** The service's line to the kiosk core, whichever way the core started it. */
export type ParentChannel = {
  send(message: ServiceMessage): void;
  onMessage(listener: (message: unknown) => void): void;
  /** The core went away: its IPC channel closed. */
  onDisconnect(listener: () => void): void;
};

/** Electron's utility processes speak through `process.parentPort`, which Node's types do not know. */
type ParentPort = {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
};

/**
 * `process.parentPort` in an Electron utilityProcess, `process.send` under child_process.fork; null when the
 * service was started from a shell, where nobody would hear it.
 */
export function parentChannel(): ParentChannel | null {
  const parentPort = (process as { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return {
      send: (m) => parentPort.postMessage(m),
      onMessage: (l) => parentPort.on('message', (e) => l(e.data)),
      // A utility process ends with its parent; there is no disconnect to hear.
      onDisconnect: () => undefined,
    };
  }
  const send = process.send?.bind(process);
  if (!send) return null;
  return {
    send: (m) => {
      if (process.connected) send(m);
    },
    onMessage: (l) => process.on('message', l),
    onDisconnect: (l) => process.on('disconnect', l),
  };
}
