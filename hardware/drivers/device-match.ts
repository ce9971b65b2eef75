import type { DeviceMatch } from '../../domain/devices/device-config.js';

/** The ids a device reports, from `SerialPort.list()` or `HID.devicesAsync()`, normalised to numbers. */
export type DeviceIds = {
  vendorId: number | null;
  productId: number | null;
  serialNumber: string | null;
  usagePage: number | null;
};

/** serialport reports ids as hex strings ("1a86"); node-hid as numbers. */
export function idFromHex(id: string | undefined): number | null {
  if (id === undefined || !/^[0-9a-fA-F]{1,4}$/.test(id)) return null;
  return Number.parseInt(id, 16);
}

export function hasIds(match: DeviceMatch): boolean {
  return (
    match.vendorId !== undefined ||
    match.productId !== undefined ||
    match.serialNumber !== undefined ||
    match.usagePage !== undefined
  );
}

/** Whether a device is the configured one: every id the configuration names must agree. */
export function matchesDevice(match: DeviceMatch, ids: DeviceIds): boolean {
  if (!hasIds(match)) return false;
  if (match.vendorId !== undefined && match.vendorId !== ids.vendorId) return false;
  if (match.productId !== undefined && match.productId !== ids.productId) return false;
  if (match.serialNumber !== undefined && match.serialNumber !== ids.serialNumber) return false;
  if (match.usagePage !== undefined && match.usagePage !== ids.usagePage) return false;
  return true;
}

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

/** "vendor id 1a86, product id 7523, serial 12345", for messages. */
export function describeMatch(match: DeviceMatch): string {
  const parts: string[] = [];
  if (match.vendorId !== undefined) parts.push(`vendor id ${hex4(match.vendorId)}`);
  if (match.productId !== undefined) parts.push(`product id ${hex4(match.productId)}`);
  if (match.serialNumber !== undefined) parts.push(`serial number ${match.serialNumber}`);
  if (match.usagePage !== undefined) parts.push(`usage page 0x${match.usagePage.toString(16)}`);
  return parts.join(', ');
}
