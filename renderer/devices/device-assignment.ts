import {
  DEFAULT_SCAN_GAP_MS,
  type AttachedDevice,
  type DeviceConfig,
  type DeviceConfigFile,
  type DeviceProtocol,
  type DeviceRole,
} from '../../domain/devices/index.js';

export type Assignment = { name: string; role: DeviceRole; protocol: DeviceProtocol };

const HID_POS_USAGE_PAGE = 0x8c;

/** The protocols that make sense for a role on a transport, most likely first. */
export function protocolsFor(role: DeviceRole, transport: AttachedDevice['transport']): DeviceProtocol[] {
  if (transport === 'serial') return role === 'card-reader' ? ['em4100', 'parallax', 'pn532'] : ['line'];
  return role === 'card-reader' ? ['hid-keyboard'] : ['hid-pos', 'hid-keyboard'];
}

/** A starting guess for the assign form, from what the device says about itself. */
export function suggestAssignment(device: AttachedDevice): Assignment {
  const looksLikeScanner = device.usagePage === HID_POS_USAGE_PAGE || /scanner|barcode/i.test(device.guess);
  const role: DeviceRole = looksLikeScanner ? 'item-scanner' : 'card-reader';
  const protocols = protocolsFor(role, device.transport);
  const protocol =
    device.transport === 'hid' && role === 'item-scanner' && device.usagePage !== HID_POS_USAGE_PAGE
      ? 'hid-keyboard'
      : protocols[0]!;
  return { name: device.product ?? device.guess, role, protocol };
}

function uniqueId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'device';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The configuration with `device` given a role and protocol. It is found again after a replug by its USB
 * ids when it has them, and by its path only when it has none (a pseudo-terminal, a bare serial port).
 * A device already configured keeps its id, so its counters and history stay with it.
 */
export function assignAttached(
  config: DeviceConfigFile,
  device: AttachedDevice,
  a: Assignment,
): DeviceConfigFile {
  const byIds = device.vendorId !== null && device.productId !== null;
  const existing = config.devices.find((d) => d.id === device.configuredAs);
  const entry: DeviceConfig = {
    id: existing?.id ?? uniqueId(a.name, new Set(config.devices.map((d) => d.id))),
    name: a.name.trim(),
    role: a.role,
    protocol: a.protocol,
    transport: device.transport,
    match: byIds
      ? {
          vendorId: device.vendorId!,
          productId: device.productId!,
          ...(device.serialNumber !== null ? { serialNumber: device.serialNumber } : {}),
          ...(device.usagePage !== null ? { usagePage: device.usagePage } : {}),
        }
      : {},
    ...(byIds ? {} : { path: device.path }),
    baudRate: existing?.baudRate ?? 9600,
    layout: existing?.layout ?? 'us',
    suffix: existing?.suffix ?? 'cr',
    scanGapMs: existing?.scanGapMs ?? DEFAULT_SCAN_GAP_MS,
    dedupeMs: existing?.dedupeMs ?? 1500,
    enabled: true,
  };
  return {
    ...config,
    devices: existing
      ? config.devices.map((d) => (d.id === existing.id ? entry : d))
      : [...config.devices, entry],
  };
}

/** The configuration with one device changed (role, protocol, or switched off). */
export function updateDevice(
  config: DeviceConfigFile,
  id: string,
  patch: Partial<Pick<DeviceConfig, 'role' | 'protocol' | 'enabled' | 'name'>>,
): DeviceConfigFile {
  return { ...config, devices: config.devices.map((d) => (d.id === id ? { ...d, ...patch } : d)) };
}

export function removeDevice(config: DeviceConfigFile, id: string): DeviceConfigFile {
  return { ...config, devices: config.devices.filter((d) => d.id !== id) };
}
