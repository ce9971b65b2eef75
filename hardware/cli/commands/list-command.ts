import { Command } from 'commander';
import type { AttachedDevice } from '../../../domain/devices/device-events.js';
import { createNodeHidTransport } from '../../drivers/hid/node-hid-transport.js';
import { listSerialPorts } from '../../drivers/serial/serial-port-locator.js';
import { listAttachedDevices } from '../../manager/attached-devices.js';
import { loadDeviceConfigFile } from '../../manager/config-file.js';

const hex4 = (n: number | null) => (n === null ? '----' : n.toString(16).padStart(4, '0'));

function table(devices: AttachedDevice[]): string[] {
  const rows = devices.map((d) => [
    d.transport,
    d.path,
    `${hex4(d.vendorId)}:${hex4(d.productId)}`,
    d.serialNumber ?? '',
    d.usagePage === null ? '' : `0x${d.usagePage.toString(16)}`,
    [d.manufacturer, d.product].filter(Boolean).join(' '),
    d.configuredAs ? `configured as "${d.configuredAs}"` : '',
    d.guess,
  ]);
  const header = [
    'transport',
    'path',
    'vid:pid',
    'serial',
    'usage page',
    'maker / product',
    'configured',
    'probably',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}

export function listCommand(print: (line: string) => void): Command {
  return new Command('list')
    .description('list attached serial ports and HID devices, with their ids and a guess at what each is')
    .option('--config <file>', 'a device configuration (JSON), to mark the devices it matches')
    .option('--json', 'print JSON instead of a table')
    .action(async (o: { config?: string; json?: boolean }) => {
      const config = o.config ? await loadDeviceConfigFile(o.config) : null;
      const devices = await listAttachedDevices(config, { listSerialPorts, hid: createNodeHidTransport() });
      if (o.json) print(JSON.stringify(devices, null, 2));
      else if (devices.length === 0) print('No serial ports or HID devices found.');
      else table(devices).forEach((line) => print(line));
    });
}
