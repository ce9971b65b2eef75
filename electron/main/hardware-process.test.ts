import { EventEmitter } from 'node:events';
import type { ForkOptions, UtilityProcess } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { utilityProcessSpawner } from './hardware-process.js';

function fakeFork() {
  const children: (EventEmitter & {
    postMessage: ReturnType<typeof vi.fn>;
    kill: ReturnType<typeof vi.fn>;
  })[] = [];
  const fork = vi.fn((_path: string, _args?: string[], _options?: ForkOptions) => {
    const child = Object.assign(new EventEmitter(), { postMessage: vi.fn(), kill: vi.fn(() => true) });
    children.push(child);
    return child as unknown as UtilityProcess;
  });
  return { fork, children };
}

describe('utilityProcessSpawner', () => {
  it('forks the service module in a named utility process, once per spawn', () => {
    const { fork } = fakeFork();
    const spawn = utilityProcessSpawner(fork, '/app/dist/hardware/service/main.js');
    spawn();
    spawn();
    expect(fork).toHaveBeenCalledTimes(2);
    expect(fork).toHaveBeenCalledWith('/app/dist/hardware/service/main.js', [], {
      serviceName: 'Kitdesk hardware service',
      stdio: 'inherit',
    });
  });

  it('carries messages both ways, reports the exit and kills the process', () => {
    const { fork, children } = fakeFork();
    const service = utilityProcessSpawner(fork, '/service.js')();
    const child = children[0]!;
    const messages: unknown[] = [];
    const exits: (number | null)[] = [];
    service.on('message', (m) => messages.push(m));
    service.on('exit', (code) => exits.push(code));

    service.send({ type: 'configure' });
    child.emit('message', { type: 'credential', canonical: '0A1B2C3D4E' });
    service.kill();
    child.emit('exit', 9);

    expect(child.postMessage).toHaveBeenCalledExactlyOnceWith({ type: 'configure' });
    expect(messages).toEqual([{ type: 'credential', canonical: '0A1B2C3D4E' }]);
    expect(child.kill).toHaveBeenCalledOnce();
    expect(exits).toEqual([9]);
  });
});
