import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceConfigFile } from '../../domain/devices/device-config.js';
import type { DeviceEvent } from '../../domain/devices/device-events.js';
import { aDevice } from '../testing/device-config.js';
import { FakeHidTransport } from '../testing/fake-hid-transport.js';
import { DeviceManager } from './device-manager.js';

let manager: DeviceManager;
afterEach(() => manager.stop());

function managerWith(events: DeviceEvent[]) {
  manager = new DeviceManager({
    emit: (e) => events.push(e),
    hid: new FakeHidTransport(),
    listSerialPorts: async () => [],
  });
  return manager;
}

const file = (devices: DeviceConfigFile['devices'], assetTagPattern = ''): DeviceConfigFile => ({
  version: 1,
  assetTagPattern,
  devices,
});

describe('DeviceManager', () => {
  it('runs simulated devices through their pipelines, with the site pattern on item scanners', async () => {
    const events: DeviceEvent[] = [];
    await managerWith(events).configure(
      file(
        [
          aDevice({ id: 'reader', protocol: 'em4100' }),
          aDevice({ id: 'scanner', protocol: 'line', role: 'item-scanner' }),
        ],
        '^KD-\\d{5}$',
      ),
    );
    manager.simulate('reader', { kind: 'tap' });
    manager.simulate('scanner', { kind: 'scan', data: ']C0KD-00042' });
    manager.simulate('scanner', { kind: 'scan', data: 'NOT-A-TAG' });
    const summary = events.flatMap((e) =>
      e.type === 'credential'
        ? [`${e.deviceId} ${e.credential.canonical}`]
        : e.type === 'reject'
          ? [`${e.deviceId} !${e.reason}`]
          : [],
    );
    expect(summary).toEqual(['reader 67003B51C6', 'scanner KD-00042', 'scanner !pattern']);
  });

  it('refuses a configuration with problems and keeps the running devices', async () => {
    const events: DeviceEvent[] = [];
    await managerWith(events).configure(file([aDevice({ id: 'reader', protocol: 'em4100' })]));
    await expect(
      manager.configure(
        file([
          aDevice({ id: 'a', name: 'Scanner', protocol: 'hid-pos', transport: 'serial' }),
          aDevice({ id: 'a', name: 'Reader', protocol: 'em4100', transport: 'hid' }),
        ]),
      ),
    ).rejects.toThrow(
      '"Scanner" uses hid-pos, which needs transport "hid", not "serial". Two devices share the id "a"; give each its own. ' +
        '"Reader" uses em4100, which needs transport "serial", not "hid".',
    );
    await expect(manager.configure(file([], '^KD-('))).rejects.toThrow(/not a valid regular expression/);
    manager.simulate('reader', { kind: 'tap' });
    expect(events.some((e) => e.type === 'credential')).toBe(true);
  });

  it('says which devices cannot be simulated and which are unknown or disabled', async () => {
    await managerWith([]).configure(
      file([
        aDevice({
          id: 'real',
          name: 'Door reader',
          protocol: 'em4100',
          transport: 'serial',
          path: '/dev/null-reader',
        }),
        aDevice({ id: 'off', protocol: 'line', enabled: false }),
      ]),
    );
    expect(() => manager.simulate('real', { kind: 'tap' })).toThrow(
      '"Door reader" is a serial device: only simulated devices take taps and scans from software.',
    );
    expect(() => manager.simulate('off', { kind: 'tap' })).toThrow(
      'Device "off" is disabled; enable it first.',
    );
    expect(() => manager.simulate('nope', { kind: 'tap' })).toThrow('No device "nope" is configured.');
  });

  it('stops every device, each saying it is disconnected', async () => {
    const events: DeviceEvent[] = [];
    await managerWith(events).configure(file([aDevice({ id: 'reader', protocol: 'em4100' })]));
    await manager.stop();
    expect(events.filter((e) => e.type === 'status').map((e) => e.type === 'status' && e.state)).toEqual([
      'connected',
      'disconnected',
    ]);
  });
});
