import { DeviceConfigFile } from '../../../domain/index.js';

/** A fresh kiosk has a simulated card reader and item scanner, so the demo works with no hardware. */
export const defaultDeviceConfig: DeviceConfigFile = DeviceConfigFile.parse({
  version: 1,
  devices: [
    {
      id: 'demo-card-reader',
      name: 'Demo card reader (RDM6300)',
      role: 'card-reader',
      protocol: 'em4100',
      transport: 'simulated',
    },
    {
      id: 'demo-item-scanner',
      name: 'Demo item scanner (serial, CR)',
      role: 'item-scanner',
      protocol: 'line',
      transport: 'simulated',
    },
  ],
});
