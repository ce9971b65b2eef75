import { describe, expect, it } from 'vitest';
import type { DeviceConfigFile } from '../../domain/devices/device-config.js';
import type { DeviceEvent } from '../../domain/devices/device-events.js';
import { aDevice } from '../testing/device-config.js';
import { InProcessService } from '../testing/in-process-service.js';
import { startHardwareService } from './supervisor.js';

const until = async (check: () => boolean, what: string) => {
  const end = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

const config = (ids: string[]): DeviceConfigFile => ({
  version: 1,
  assetTagPattern: '',
  devices: ids.map((id) => aDevice({ id, protocol: 'em4100' })),
});

/** Spawns in-process services and keeps them, so a test can crash one and read what the next received. */
function inProcessSpawner({ silentFirst = false } = {}) {
  const spawned: InProcessService[] = [];
  const spawn = () => {
    const s = new InProcessService({ silent: silentFirst && spawned.length === 0 });
    spawned.push(s);
    return s;
  };
  return { spawned, spawn };
}

describe('startHardwareService', () => {
  it('restarts a service that died with back-off, says so, and gives it the newest configuration', async () => {
    const events: DeviceEvent[] = [];
    const { spawned, spawn } = inProcessSpawner();
    const service = await startHardwareService({
      config: config(['reader']),
      onEvent: (e) => events.push(e),
      spawn,
      backoff: { initialMs: 20 },
    });
    await service.simulate('reader', { kind: 'tap' });
    await until(() => events.some((e) => e.type === 'credential'), 'a credential');

    await service.configure(config(['reader', 'second']));
    spawned[0]!.crash(1);
    await until(() => spawned.length === 2, 'a restart');
    const serviceStatus = events.flatMap((e) =>
      e.type === 'status' && e.deviceId === 'hardware-service' ? [`${e.state} ${e.detail ?? ''}`.trim()] : [],
    );
    await until(
      () =>
        events.filter(
          (e) => e.type === 'status' && e.deviceId === 'hardware-service' && e.state === 'connected',
        ).length === 2,
      'the second start',
    );
    expect(serviceStatus).toContain(
      'reconnecting The hardware service stopped (exit code 1); it restarts in 0.02 s.',
    );
    expect(
      events.some((e) => e.type === 'status' && e.deviceId === 'second' && e.state === 'reconnecting'),
    ).toBe(true);
    const configured = spawned[1]!.received.find((m) => (m as { type: string }).type === 'configure');
    expect(configured).toMatchObject({ config: { devices: [{ id: 'reader' }, { id: 'second' }] } });

    await service.simulate('second', { kind: 'tap', canonical: '67003BA86C' });
    await until(
      () => events.some((e) => e.type === 'credential' && e.deviceId === 'second'),
      'a read after restart',
    );
    await service.stop();
  });

  it('refuses requests while the service is down, then serves them again', async () => {
    const events: DeviceEvent[] = [];
    const { spawned, spawn } = inProcessSpawner();
    const service = await startHardwareService({
      config: config(['reader']),
      onEvent: (e) => events.push(e),
      spawn,
      backoff: { initialMs: 200 },
    });
    const serviceState = () =>
      events
        .flatMap((e) => (e.type === 'status' && e.deviceId === 'hardware-service' ? [e.state] : []))
        .at(-1);
    spawned[0]!.crash(null);
    await until(() => serviceState() === 'reconnecting', 'the crash');
    await expect(service.list()).rejects.toMatchObject({ code: 'unavailable' });
    await until(() => serviceState() === 'connected', 'the restart');
    await expect(service.list()).resolves.toEqual([]);
    await service.stop();
  });

  it('kills a service that never says ready and starts another', async () => {
    const { spawned, spawn } = inProcessSpawner({ silentFirst: true });
    const service = await startHardwareService({
      config: config(['reader']),
      onEvent: () => undefined,
      spawn,
      backoff: { initialMs: 10 },
      connect: { readyTimeoutMs: 50 },
    });
    await until(() => spawned.length === 2, 'a second start');
    await new Promise((r) => setTimeout(r, 50));
    await expect(service.list()).resolves.toEqual([]);
    await service.stop();
  });

  it('keeps the last configuration the service accepted when a new one is refused', async () => {
    const { spawned, spawn } = inProcessSpawner();
    const service = await startHardwareService({
      config: config(['reader']),
      onEvent: () => undefined,
      spawn,
      backoff: { initialMs: 10 },
    });
    await expect(service.configure({ ...config(['other']), assetTagPattern: '^(' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
    spawned[0]!.crash(1);
    await until(() => spawned.length === 2 && spawned[1]!.received.length > 0, 'the restart');
    expect(spawned[1]!.received[0]).toMatchObject({
      type: 'configure',
      config: { devices: [{ id: 'reader' }] },
    });
    await service.stop();
  });

  it('reports a configuration the service refuses as an error status, without a restart loop', async () => {
    const events: DeviceEvent[] = [];
    let spawns = 0;
    const service = await startHardwareService({
      config: { version: 1, assetTagPattern: '^KD-(', devices: [] },
      onEvent: (e) => events.push(e),
      spawn: () => {
        spawns++;
        return new InProcessService();
      },
    });
    expect(events.find((e) => e.type === 'status' && e.state === 'error')).toMatchObject({
      deviceId: 'hardware-service',
      detail: expect.stringMatching(/not a valid regular expression/),
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(spawns).toBe(1);
    await service.stop();
  });
});
