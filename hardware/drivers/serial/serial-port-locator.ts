import { SerialPort } from 'serialport';
import type { DeviceConfig } from '../../../domain/devices/device-config.js';
import { describeMatch, hasIds, idFromHex, matchesDevice } from '../device-match.js';
import { LinkError } from '../link.js';

export type SerialPortInfo = Awaited<ReturnType<typeof SerialPort.list>>[number];
export type ListSerialPorts = () => Promise<SerialPortInfo[]>;

export const listSerialPorts: ListSerialPorts = () => SerialPort.list();

export function serialIds(port: SerialPortInfo) {
  return {
    vendorId: idFromHex(port.vendorId),
    productId: idFromHex(port.productId),
    serialNumber: port.serialNumber ?? null,
    usagePage: null,
  };
}

/**
 * The path to open for a configured serial device: its fixed path (a /dev/serial/by-id link, or a
 * pseudo-terminal in tests), or the port whose USB ids match, so a replug that renumbers ttyUSB0 to
 * ttyUSB1 (or COM3 to COM4) still finds it.
 */
export async function locateSerialPort(
  device: Pick<DeviceConfig, 'name' | 'path' | 'match'>,
  list: ListSerialPorts,
): Promise<string> {
  if (device.path) return device.path;
  if (!hasIds(device.match)) {
    throw new LinkError(
      'failed',
      `"${device.name}" has neither a path nor USB ids to find it by: set match.vendorId and match.productId, or path.`,
    );
  }
  const found = (await list()).filter((p) => matchesDevice(device.match, serialIds(p)));
  const first = found.sort((a, b) => a.path.localeCompare(b.path))[0];
  if (!first) {
    throw new LinkError(
      'absent',
      `No serial device with ${describeMatch(device.match)} is plugged in; check the cable, or run "kitdesk-hw list" to see the ids.`,
    );
  }
  return first.path;
}
