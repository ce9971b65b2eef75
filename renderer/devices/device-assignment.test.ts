import { describe, expect, it } from 'vitest';
import type { AttachedDevice, DeviceConfigFile } from '../../domain/devices/index.js';
import { assignAttached, removeDevice, suggestAssignment, updateDevice } from './device-assignment.js';

const empty: DeviceConfigFile = { version: 1, assetTagPattern: '', devices: [] };

function attached(over: Partial<AttachedDevice> = {}): AttachedDevice {
  return {
    transport: 'serial',
    path: '/dev/ttyUSB0',
    vendorId: 0x1a86,
    productId: 0x7523,
    serialNumber: null,
    manufacturer: 'QinHeng',
    product: 'USB Serial',
    usagePage: null,
    guess: 'RFID reader (CH340 serial)',
    configuredAs: null,
    ...over,
  };
}

describe('assigning a detected device', () => {
  it('finds a device with USB ids by those ids, never by its port name', () => {
    const config = assignAttached(empty, attached({ serialNumber: 'A1' }), {
      name: 'Front desk reader',
      role: 'card-reader',
      protocol: 'em4100',
    });
    expect(config.devices).toEqual([
      expect.objectContaining({
        id: 'front-desk-reader',
        role: 'card-reader',
        protocol: 'em4100',
        transport: 'serial',
        match: { vendorId: 0x1a86, productId: 0x7523, serialNumber: 'A1' },
      }),
    ]);
    expect(config.devices[0]).not.toHaveProperty('path');
  });

  it('falls back to the path for a device without ids, and keeps ids unique', () => {
    const first = assignAttached(empty, attached({ path: '/dev/pts/4', vendorId: null, productId: null }), {
      name: 'Scanner',
      role: 'item-scanner',
      protocol: 'line',
    });
    const second = assignAttached(first, attached({ path: '/dev/pts/5', vendorId: null, productId: null }), {
      name: 'Scanner',
      role: 'item-scanner',
      protocol: 'line',
    });
    expect(second.devices.map((d) => [d.id, d.path, d.match])).toEqual([
      ['scanner', '/dev/pts/4', {}],
      ['scanner-2', '/dev/pts/5', {}],
    ]);
  });

  it('re-assigns a device that is already configured in place', () => {
    const once = assignAttached(empty, attached(), {
      name: 'Reader',
      role: 'card-reader',
      protocol: 'em4100',
    });
    const again = assignAttached(once, attached({ configuredAs: 'reader' }), {
      name: 'Reader',
      role: 'card-reader',
      protocol: 'parallax',
    });
    expect(again.devices).toHaveLength(1);
    expect(again.devices[0]).toMatchObject({ id: 'reader', protocol: 'parallax' });
  });

  it('suggests HID POS for a scanner on the POS usage page and a serial reader for a CH340', () => {
    expect(
      suggestAssignment(attached({ transport: 'hid', usagePage: 0x8c, product: 'Honeywell 1450g' })),
    ).toEqual({
      name: 'Honeywell 1450g',
      role: 'item-scanner',
      protocol: 'hid-pos',
    });
    expect(suggestAssignment(attached())).toMatchObject({ role: 'card-reader', protocol: 'em4100' });
  });

  it('changes and removes configured devices by id', () => {
    const config = assignAttached(empty, attached(), {
      name: 'Reader',
      role: 'card-reader',
      protocol: 'em4100',
    });
    expect(updateDevice(config, 'reader', { enabled: false }).devices[0]?.enabled).toBe(false);
    expect(removeDevice(config, 'reader').devices).toEqual([]);
  });
});
