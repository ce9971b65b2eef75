import { describe, expect, it } from 'vitest';
import { AttachedDevice } from '../../domain/devices/device-events.js';
import { aDevice } from '../testing/device-config.js';
import { FakeHidTransport } from '../testing/fake-hid-transport.js';
import { listAttachedDevices } from './attached-devices.js';

const port = (path: string, vendorId?: string, productId?: string) => ({
  path,
  vendorId,
  productId,
  manufacturer: vendorId ? 'wch.cn' : undefined,
  serialNumber: undefined,
  pnpId: undefined,
  locationId: undefined,
});

describe('listAttachedDevices', () => {
  it('lists serial ports and HID interfaces with a guess, marking the configured ones', async () => {
    const hid = new FakeHidTransport();
    hid.plug({ path: '/dev/hidraw0', vendorId: 0x0c2e, productId: 0x0b8f, usagePage: 0x8c, usage: 0x02 });
    hid.plug({ path: '/dev/hidraw1', vendorId: 0x0c2e, productId: 0x0b8f, usagePage: 0x01, usage: 0x06 });
    const config = {
      version: 1 as const,
      assetTagPattern: '',
      devices: [
        aDevice({
          id: 'door',
          protocol: 'em4100',
          transport: 'serial',
          match: { vendorId: 0x1a86, productId: 0x7523 },
        }),
        aDevice({ id: 'scanner', protocol: 'hid-pos', transport: 'hid', match: { vendorId: 0x0c2e } }),
      ],
    };
    const rows = await listAttachedDevices(config, {
      listSerialPorts: async () => [port('/dev/ttyUSB0', '1a86', '7523'), port('/dev/ttyS0')],
      hid,
    });
    expect(rows.map((r) => AttachedDevice.parse(r))).toHaveLength(4);
    expect(rows.map((r) => [r.path, r.configuredAs, r.guess])).toEqual([
      ['/dev/ttyUSB0', 'door', 'USB-serial adapter (CH340): RDM6300 or PN532 module?'],
      ['/dev/ttyS0', null, 'Serial port (built-in or virtual)'],
      ['/dev/hidraw0', 'scanner', 'HID POS barcode scanner (Honeywell barcode scanner)'],
      [
        '/dev/hidraw1',
        null,
        'Honeywell barcode scanner: keyboard mode (a reader or scanner in keyboard mode, or a real keyboard)',
      ],
    ]);
  });

  it('still lists serial ports when HID cannot be listed', async () => {
    const rows = await listAttachedDevices(null, {
      listSerialPorts: async () => [port('/dev/ttyACM0', '0c2e', '0b01')],
      hid: {
        list: async () => {
          throw new Error('libudev missing');
        },
        open: async () => {
          throw new Error('unused');
        },
      },
    });
    expect(rows.map((r) => [r.transport, r.guess])).toEqual([['serial', 'Honeywell barcode scanner']]);
  });
});
