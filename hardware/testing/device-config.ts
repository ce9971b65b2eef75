import { DeviceConfig } from '../../domain/devices/device-config.js';

/** A device configuration with the schema's defaults, for tests. */
export function aDevice(overrides: Partial<DeviceConfig> & Pick<DeviceConfig, 'protocol'>): DeviceConfig {
  return DeviceConfig.parse({
    id: `${overrides.protocol}-1`,
    name: `Test ${overrides.protocol} device`,
    role: 'card-reader',
    transport: 'simulated',
    ...overrides,
  });
}
