import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceEvent } from '../../domain/devices/device-events.js';
import { forkHardwareService } from '../../hardware/service/node-spawn.js';
import type { HardwareServicePort } from '../../hardware/service/service-client.js';
import { startHardwareService } from '../../hardware/service/supervisor.js';
import { aDevice } from '../../hardware/testing/device-config.js';
import { waitFor } from './hardware-pty-pair.js';

/** The hardware service as the kiosk core runs it: a forked process, typed messages over Node IPC. */

let service: HardwareServicePort | null = null;
afterEach(async () => {
  await service?.stop();
  service = null;
});

describe('hardware service process', () => {
  it('streams credentials from simulated devices, survives being killed, and stops on request', async () => {
    const events: DeviceEvent[] = [];
    const children: ChildProcess[] = [];
    service = await startHardwareService({
      config: {
        version: 1,
        assetTagPattern: '^KD-\\d{5}$',
        devices: [
          aDevice({ id: 'reader', protocol: 'em4100' }),
          aDevice({ id: 'scanner', protocol: 'line', role: 'item-scanner' }),
        ],
      },
      onEvent: (e) => events.push(e),
      spawn: () => {
        const child = forkHardwareService();
        children.push(child);
        return child;
      },
      backoff: { initialMs: 100 },
    });
    const credentials = () =>
      events.flatMap((e) => (e.type === 'credential' ? [e.credential.canonical] : []));
    const serviceStates = () =>
      events.flatMap((e) => (e.type === 'status' && e.deviceId === 'hardware-service' ? [e.state] : []));

    await service.simulate('reader', { kind: 'tap', canonical: '67003B51C6' });
    await service.simulate('scanner', { kind: 'scan', data: ']C0KD-00042' });
    await waitFor(() => credentials().length === 2, 'two credentials over IPC');
    expect(credentials()).toEqual(['67003B51C6', 'KD-00042']);
    await expect(service.simulate('scanner', { kind: 'scan', data: 'NOT-A-TAG' })).resolves.toBeUndefined();
    await waitFor(
      () => events.some((e) => e.type === 'reject' && e.reason === 'pattern'),
      'a pattern reject',
    );
    await expect(service.simulate('nobody', { kind: 'tap' })).rejects.toMatchObject({ code: 'not_found' });
    expect(Array.isArray(await service.list())).toBe(true);

    children[0]!.kill('SIGKILL');
    await waitFor(() => serviceStates().includes('reconnecting'), 'the supervisor to notice the crash');
    await waitFor(() => serviceStates().filter((s) => s === 'connected').length === 2, 'the restart', 20_000);
    await service.simulate('reader', { kind: 'tap', canonical: '67003BA86C' });
    await waitFor(() => credentials().includes('67003BA86C'), 'a credential from the restarted service');

    const last = children[1]!;
    const exited = new Promise((r) => last.once('exit', r));
    await service.stop();
    service = null;
    await exited;
    expect(last.exitCode).toBe(0);
  });
});
