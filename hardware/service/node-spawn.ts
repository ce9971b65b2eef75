import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { HardwareServiceProcess } from './service-client.js';

export type SpawnHardwareService = () => HardwareServiceProcess;

/**
 * The service's entry module next to this file: `main.ts` when running from source (under tsx or
 * vitest), `main.js` in the compiled `dist/`. Electron's utilityProcess wants the `.js` one.
 */
export function hardwareServiceEntry(): string {
  const fromSource = import.meta.url.endsWith('.ts');
  return fileURLToPath(new URL(fromSource ? './main.ts' : './main.js', import.meta.url));
}

/**
 * Starts the service with child_process.fork, with tsx's loader when running from source. Its stdout and
 * stderr go to the parent's, so native crashes reach the kiosk log.
 */
export function forkHardwareService(): ChildProcess {
  const entry = hardwareServiceEntry();
  const execArgv = entry.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [];
  return fork(entry, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'json' });
}
