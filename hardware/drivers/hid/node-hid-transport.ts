import * as HID from 'node-hid';
import type { HidConnection, HidDeviceInfo, HidTransport } from './hid-transport.js';

/**
 * node-hid's async API (hardware.md §7.1: the sync API limits concurrent reads to the libuv pool). On Linux
 * `backend` chooses hidraw (default) or libusb, which detaches the kernel driver so keyboard-mode devices
 * stop typing into the desktop; it must be chosen before the first call.
 */
export function createNodeHidTransport(backend?: 'hidraw' | 'libusb'): HidTransport {
  if (backend) HID.setDriverType(backend);
  return {
    async list() {
      const devices = await HID.devicesAsync();
      return devices.flatMap((d): HidDeviceInfo[] =>
        d.path
          ? [
              {
                path: d.path,
                vendorId: d.vendorId,
                productId: d.productId,
                serialNumber: d.serialNumber || null,
                manufacturer: d.manufacturer || null,
                product: d.product || null,
                usagePage: d.usagePage ?? null,
                usage: d.usage ?? null,
              },
            ]
          : [],
      );
    },
    async open(path) {
      const device = await HID.HIDAsync.open(path);
      const connection: HidConnection = {
        onReport: (listener) => device.on('data', (data: Buffer) => listener(data)),
        onError: (listener) => device.on('error', (err: unknown) => listener(asError(err))),
        sendFeatureReport: async (bytes) => {
          await device.sendFeatureReport(Buffer.from(bytes));
        },
        close: () => device.close(),
      };
      return connection;
    },
  };
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
