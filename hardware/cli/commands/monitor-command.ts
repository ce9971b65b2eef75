import { Command } from 'commander';
import { DeviceConfig, type DeviceProtocol } from '../../../domain/devices/device-config.js';
import type { DeviceEvent } from '../../../domain/devices/device-events.js';
import { KitdeskError } from '../../../domain/errors.js';
import { createNodeHidTransport } from '../../drivers/hid/node-hid-transport.js';
import { listSerialPorts } from '../../drivers/serial/serial-port-locator.js';
import { DeviceManager } from '../../manager/device-manager.js';
import { HID_PROTOCOLS } from '../decode-capture.js';
import { withDeviceInputOptions } from '../device-input-options.js';
import { positiveIntOption, usbIdOption } from '../parse-options.js';

type MonitorOptions = {
  protocol: DeviceProtocol;
  path?: string;
  vid?: number;
  pid?: number;
  serial?: string;
  usagePage?: number;
  baud?: number;
  layout: DeviceConfig['layout'];
  suffix: DeviceConfig['suffix'];
  json?: boolean;
};

/** Default line speeds: RDM6300/ID-12LA 9600, Parallax 2400, PN532 HSU 115200 (hardware.md §1–2). */
const DEFAULT_BAUD: Record<DeviceProtocol, number> = {
  em4100: 9600,
  parallax: 2400,
  pn532: 115200,
  line: 9600,
  'hid-keyboard': 9600,
  'hid-pos': 9600,
};

function monitoredDevice(o: MonitorOptions): DeviceConfig {
  const match = { vendorId: o.vid, productId: o.pid, serialNumber: o.serial, usagePage: o.usagePage };
  if (!o.path && o.vid === undefined && o.pid === undefined) {
    throw new KitdeskError('validation_failed', 'Say which device to watch: --path, or --vid and --pid.');
  }
  return DeviceConfig.parse({
    id: 'monitor',
    name: o.path ?? 'monitored device',
    role: o.protocol === 'line' || o.protocol === 'hid-pos' ? 'item-scanner' : 'card-reader',
    protocol: o.protocol,
    transport: HID_PROTOCOLS.includes(o.protocol) ? 'hid' : 'serial',
    match: Object.fromEntries(Object.entries(match).filter(([, v]) => v !== undefined)),
    path: o.path,
    baudRate: o.baud ?? DEFAULT_BAUD[o.protocol],
    layout: o.layout,
    suffix: o.suffix,
    dedupeMs: 0,
  });
}

function humanLine(e: DeviceEvent): string {
  const time = new Date().toISOString().slice(11, 23);
  switch (e.type) {
    case 'raw':
      return `${time} raw        ${e.hex}`;
    case 'credential': {
      const c = e.credential;
      const extra = [c.symbology, ...c.aliases].filter(Boolean).join(', ');
      return `${time} CREDENTIAL ${c.kind} ${JSON.stringify(c.canonical)}${extra ? `  (${extra})` : ''}`;
    }
    case 'removed':
      return `${time} removed    ${e.canonical}`;
    case 'reject':
      return `${time} reject     ${e.reason}: ${e.hex}`;
    case 'status':
      return `${time} status     ${e.state}${e.detail ? `: ${e.detail}` : ''}`;
    case 'counters': {
      const rejects = Object.entries(e.counters.rejects).map(([k, v]) => `${k}=${v}`);
      return `${time} counters   frames=${e.counters.frames} credentials=${e.counters.credentials} reconnects=${e.counters.reconnects}${rejects.length ? ` rejects: ${rejects.join(' ')}` : ''}`;
    }
    default: {
      const unreachable: never = e;
      return JSON.stringify(unreachable);
    }
  }
}

export function monitorCommand(print: (line: string) => void): Command {
  return withDeviceInputOptions(
    new Command('monitor').description(
      'watch one reader or scanner: raw bytes in hex and what they decode to, until Ctrl+C',
    ),
  )
    .option('--path <path>', 'serial port, e.g. /dev/ttyUSB0, /dev/serial/by-id/… or COM3')
    .option('--vid <hex>', 'USB vendor id, e.g. 1a86', usbIdOption)
    .option('--pid <hex>', 'USB product id, e.g. 7523', usbIdOption)
    .option('--serial <serial>', 'USB serial number, to tell two identical devices apart')
    .option('--usage-page <hex>', 'HID usage page, e.g. 8c for HID POS', usbIdOption)
    .option('--baud <rate>', 'serial speed (default: the protocol’s)', positiveIntOption)
    .option('--json', 'print each event as JSON')
    .action(async (o: MonitorOptions) => {
      const device = monitoredDevice(o);
      const manager = new DeviceManager({
        emit: (e) => print(o.json ? JSON.stringify(e) : humanLine(e)),
        hid: createNodeHidTransport(),
        listSerialPorts,
      });
      await manager.configure({ version: 1, assetTagPattern: '', devices: [device] });
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await manager.stop();
    });
}
