/**
 * The hardware service finds serial ports through udev, which lists USB serial adapters but never
 * pseudo-terminals. So that the diagnostics screen can offer a pty as a newly plugged-in reader, this adds
 * the given ptys to what the real service lists, as serial ports without USB ids, through the hardware
 * package's own listing (its guess at what each is, and which configured device it is). Everything else,
 * opening the port included, is the real service's.
 */
import type { DeviceConfigFile } from '../../../domain/index.js';
import type { OpenHardware } from '../../../electron/core/index.js';
import { listAttachedDevices } from '../../../hardware/manager/attached-devices.js';

const noHid = { list: async () => [], open: async () => Promise.reject(new Error('no HID devices here')) };

export function listingPtys(open: OpenHardware, paths: readonly string[]): OpenHardware {
  return async (initial, onEvent) => {
    let config: DeviceConfigFile = initial;
    const port = await open(initial, onEvent);
    const ptys = paths.map((path) => ({
      path,
      manufacturer: undefined,
      serialNumber: undefined,
      pnpId: undefined,
      locationId: undefined,
      vendorId: undefined,
      productId: undefined,
    }));
    return {
      async configure(next) {
        await port.configure(next);
        config = next;
      },
      async list() {
        const listed = await listAttachedDevices(config, { listSerialPorts: async () => ptys, hid: noHid });
        return [...(await port.list()), ...listed];
      },
      simulate: (deviceId, action) => port.simulate(deviceId, action),
      stop: () => port.stop(),
    };
  };
}
