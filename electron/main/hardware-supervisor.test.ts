import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeviceConfigFile, KitdeskError, type DeviceEvent } from '../../domain/index.js';
import type { HardwarePort } from '../core/index.js';
import type { HardwareServiceProcess } from './hardware-process.js';
import { superviseHardwareService, type ConnectHardwareService } from './hardware-supervisor.js';

const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const delaysMs = [500, 1_000, 2_000, 5_000, 10_000];

function configWith(...ids: string[]): DeviceConfigFile {
  return DeviceConfigFile.parse({
    version: 1,
    devices: [
      ...ids.map((id) => ({ id, name: id, role: 'card-reader', protocol: 'em4100', transport: 'serial' })),
      {
        id: 'spare',
        name: 'spare',
        role: 'item-scanner',
        protocol: 'line',
        transport: 'hid',
        enabled: false,
      },
    ],
  });
}

class FakeProcess extends EventEmitter {
  readonly send = vi.fn();
  readonly kill = vi.fn(() => {
    this.emit('exit', null);
  });
  crash(code = 134): void {
    this.emit('exit', code);
  }
}

function fakePort(): HardwarePort & { [K in keyof HardwarePort]: ReturnType<typeof vi.fn> } {
  return {
    configure: vi.fn(async () => undefined),
    list: vi.fn(async () => []),
    simulate: vi.fn(async () => undefined),
    stop: vi.fn(async () => undefined),
  };
}

async function setUp(connectImpl?: ConnectHardwareService) {
  let clock = 0;
  const processes: FakeProcess[] = [];
  const ports: ReturnType<typeof fakePort>[] = [];
  const spawn = vi.fn(() => {
    const process = new FakeProcess();
    processes.push(process);
    return process as unknown as HardwareServiceProcess;
  });
  const connect = vi.fn<ConnectHardwareService>(
    connectImpl ??
      (async () => {
        const port = fakePort();
        ports.push(port);
        return port;
      }),
  );
  const events: DeviceEvent[] = [];
  const open = superviseHardwareService({
    spawn,
    connect,
    delaysMs,
    stableMs: 60_000,
    log,
    now: () => clock,
  });
  const port = await open(configWith('reader'), (e) => events.push(e));
  const advance = async (ms: number) => {
    clock += ms;
    await vi.advanceTimersByTimeAsync(ms);
  };
  const latest = () => processes[processes.length - 1]!;
  const latestPort = () => ports[ports.length - 1]!;
  return { spawn, connect, events, port, advance, latest, latestPort };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('superviseHardwareService', () => {
  it('starts the service once, connects it with the configuration and hands calls to it', async () => {
    const { spawn, connect, port, latest, latestPort } = await setUp();
    expect(spawn).toHaveBeenCalledOnce();
    expect(connect).toHaveBeenCalledWith(latest(), configWith('reader'), expect.any(Function));

    await port.simulate('reader', { kind: 'tap', canonical: '0A1B2C3D4E' });
    await port.configure(configWith('reader', 'scanner'));

    expect(latestPort().simulate).toHaveBeenCalledWith('reader', { kind: 'tap', canonical: '0A1B2C3D4E' });
    expect(latestPort().configure).toHaveBeenCalledWith(configWith('reader', 'scanner'));
  });

  it('restarts a crashed service after the first delay, with the newest configuration', async () => {
    const { spawn, connect, port, latest, advance, events } = await setUp();
    latest().crash(134);
    await port.configure(configWith('reader', 'scanner'));

    expect(events).toEqual([
      {
        type: 'status',
        deviceId: 'reader',
        state: 'reconnecting',
        detail: expect.stringContaining('134'),
        ts: 0,
      },
    ]);
    await advance(499);
    expect(spawn).toHaveBeenCalledOnce();
    await advance(1);
    expect(spawn).toHaveBeenCalledTimes(2);
    expect(connect).toHaveBeenLastCalledWith(latest(), configWith('reader', 'scanner'), expect.any(Function));
  });

  it('waits longer after each quick crash, up to the cap', async () => {
    const { spawn, latest, advance } = await setUp();
    const expected = [500, 1_000, 2_000, 5_000, 10_000, 10_000];
    for (const [i, delay] of expected.entries()) {
      latest().crash();
      await advance(delay - 1);
      expect(spawn, `restart ${i + 1} came early`).toHaveBeenCalledTimes(i + 1);
      await advance(1);
      expect(spawn, `restart ${i + 1} did not come after ${delay} ms`).toHaveBeenCalledTimes(i + 2);
    }
  });

  it('starts again from the shortest delay after a service that ran stably', async () => {
    const { spawn, latest, advance } = await setUp();
    latest().crash();
    await advance(500);
    latest().crash();
    await advance(1_000);
    expect(spawn).toHaveBeenCalledTimes(3);
    await advance(60_000);
    latest().crash();
    await advance(500);
    expect(spawn).toHaveBeenCalledTimes(4);
  });

  it('while restarting, lists no devices and refuses a simulated read with an actionable error', async () => {
    const { port, latest } = await setUp();
    latest().crash();
    expect(await port.list()).toEqual([]);
    const refused = port.simulate('reader', { kind: 'scan', data: 'KD-00001' });
    await expect(refused).rejects.toBeInstanceOf(KitdeskError);
    await expect(refused).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('kills a service that never gets ready, and starts it again', async () => {
    let attempts = 0;
    const { spawn, latest, advance } = await setUp(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('node-hid: NODE_MODULE_VERSION mismatch');
      return fakePort();
    });
    expect(latest().kill).toHaveBeenCalledOnce();
    await advance(500);
    expect(spawn).toHaveBeenCalledTimes(2);
    expect(latest().kill).not.toHaveBeenCalled();
  });

  it('tries again later when the process cannot even be spawned', async () => {
    let spawned = 0;
    const open = superviseHardwareService({
      spawn: () => {
        spawned += 1;
        if (spawned === 1) throw new Error('utility process limit');
        return new FakeProcess() as unknown as HardwareServiceProcess;
      },
      connect: async () => fakePort(),
      delaysMs,
      stableMs: 60_000,
      log,
    });
    await open(configWith('reader'), () => undefined);
    await vi.advanceTimersByTimeAsync(500);
    expect(spawned).toBe(2);
  });

  it('stops for good when the core stops it', async () => {
    const { spawn, port, latest, latestPort, advance } = await setUp();
    await port.stop();
    latest().crash();
    await advance(60_000);
    expect(latestPort().stop).toHaveBeenCalledOnce();
    expect(spawn).toHaveBeenCalledOnce();
  });

  it('cancels a pending restart when stopped between a crash and the restart', async () => {
    const { spawn, port, latest, advance } = await setUp();
    latest().crash();
    await port.stop();
    await advance(60_000);
    expect(spawn).toHaveBeenCalledOnce();
  });
});
