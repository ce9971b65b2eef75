import type { DeviceConfigFile } from '../../domain/devices/device-config.js';
import type { AttachedDevice } from '../../domain/devices/device-events.js';
import { isConfiguredHidDevice } from '../drivers/hid/hid-driver.js';
import type { HidTransport } from '../drivers/hid/hid-transport.js';
import { matchesDevice } from '../drivers/device-match.js';
import { serialIds, type ListSerialPorts } from '../drivers/serial/serial-port-locator.js';
import { guessDevice } from './device-guess.js';

export type AttachedSources = { listSerialPorts: ListSerialPorts; hid: HidTransport };

/**
 * Every serial port and HID interface the machine has, each with a guess at what it is and the configured
 * device it matches. A source that cannot be listed (no HID library, no permission) contributes nothing
 * rather than hiding the other.
 */
export async function listAttachedDevices(
  config: DeviceConfigFile | null,
  sources: AttachedSources,
): Promise<AttachedDevice[]> {
  const devices = config?.devices.filter((d) => d.enabled) ?? [];
  const [serial, hid] = await Promise.all([
    sources.listSerialPorts().catch(() => []),
    sources.hid.list().catch(() => []),
  ]);
  const serialRows = serial.map((p): AttachedDevice => {
    const ids = serialIds(p);
    const configured = devices.find(
      (d) => d.transport === 'serial' && (d.path ? d.path === p.path : matchesDevice(d.match, ids)),
    );
    return {
      transport: 'serial',
      path: p.path,
      vendorId: ids.vendorId,
      productId: ids.productId,
      serialNumber: ids.serialNumber,
      manufacturer: p.manufacturer ?? null,
      product: null,
      usagePage: null,
      guess: guessDevice({ transport: 'serial', ...ids, usage: null, product: null }),
      configuredAs: configured?.id ?? null,
    };
  });
  const hidRows = hid.map((h): AttachedDevice => {
    const configured = devices.find(
      (d) => d.transport === 'hid' && (d.path ? d.path === h.path : isConfiguredHidDevice(d, h)),
    );
    return {
      transport: 'hid',
      path: h.path,
      vendorId: h.vendorId,
      productId: h.productId,
      serialNumber: h.serialNumber,
      manufacturer: h.manufacturer,
      product: h.product,
      usagePage: h.usagePage,
      guess: guessDevice({ transport: 'hid', ...h }),
      configuredAs: configured?.id ?? null,
    };
  });
  return [...serialRows, ...hidRows];
}
