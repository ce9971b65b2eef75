import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HardwareServiceProcess } from './hardware-process.js';
import { superviseHardwareService } from './hardware-supervisor.js';

const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

class FakeService extends EventEmitter {
  readonly send = vi.fn();
  readonly kill = vi.fn(() => {
    this.emit('exit', null);
  });
  crash(code = 134): void {
    this.emit('exit', code);
  }
}

function setUp() {
  let clock = 0;
  const spawned: FakeService[] = [];
  const spawn = vi.fn(() => {
    const service = new FakeService();
    spawned.push(service);
    return service as unknown as HardwareServiceProcess;
  });
  const supervised = superviseHardwareService(spawn, {
    delaysMs: [500, 1_000, 2_000, 5_000, 10_000],
    stableMs: 60_000,
    log,
    now: () => clock,
  });
  const advance = (ms: number) => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  };
  return { spawn, spawned, service: supervised(), advance, latest: () => spawned[spawned.length - 1]! };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('superviseHardwareService', () => {
  it('restarts a crashed service after the first back-off delay', () => {
    const { spawn, latest, advance } = setUp();
    expect(spawn).toHaveBeenCalledOnce();
    latest().crash();
    advance(499);
    expect(spawn).toHaveBeenCalledOnce();
    advance(1);
    expect(spawn).toHaveBeenCalledTimes(2);
  });

  it('waits longer after each quick crash, up to the cap', () => {
    const { spawn, latest, advance } = setUp();
    const expected = [500, 1_000, 2_000, 5_000, 10_000, 10_000, 10_000];
    expected.forEach((delay, i) => {
      latest().crash();
      advance(delay - 1);
      expect(spawn, `restart ${i + 1} came early`).toHaveBeenCalledTimes(i + 1);
      advance(1);
      expect(spawn, `restart ${i + 1} did not come after ${delay} ms`).toHaveBeenCalledTimes(i + 2);
    });
  });

  it('starts again from the shortest delay after a service that ran stably', () => {
    const { spawn, latest, advance } = setUp();
    latest().crash();
    advance(500);
    latest().crash();
    advance(1_000);
    expect(spawn).toHaveBeenCalledTimes(3);
    advance(60_000);
    latest().crash();
    advance(500);
    expect(spawn).toHaveBeenCalledTimes(4);
  });

  it('keeps the core’s listeners across restarts and sends to the running service', () => {
    const { service, latest, advance } = setUp();
    const messages: unknown[] = [];
    const exits: unknown[] = [];
    service.on('message', (m) => messages.push(m));
    service.on('exit', (code) => exits.push(code));

    latest().emit('message', 'from first');
    latest().crash();
    service.send('while down');
    advance(500);
    latest().emit('message', 'from second');
    service.send('to second');

    expect(messages).toEqual(['from first', 'from second']);
    expect(exits).toEqual([]);
    expect(latest().send).toHaveBeenCalledExactlyOnceWith('to second');
  });

  it('stops for good when the core kills it, and tells the core it exited', () => {
    const { service, spawn, latest, advance } = setUp();
    const exits: unknown[] = [];
    service.on('exit', (code) => exits.push(code));

    service.kill();
    advance(60_000);

    expect(latest().kill).toHaveBeenCalledOnce();
    expect(exits).toEqual([null]);
    expect(spawn).toHaveBeenCalledOnce();
  });

  it('cancels a pending restart when killed between a crash and the restart', () => {
    const { service, spawn, latest, advance } = setUp();
    const exits: unknown[] = [];
    service.on('exit', (code) => exits.push(code));

    latest().crash();
    service.kill();
    advance(60_000);

    expect(spawn).toHaveBeenCalledOnce();
    expect(exits).toEqual([null]);
  });
});
