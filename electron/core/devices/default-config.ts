import { DEFAULT_SCAN_GAP_MS, type DeviceConfigFile } from '../../../domain/index.js';

/** A fresh kiosk has a simulated card reader and item scanner, so the demo works with no hardware. */
export const defaultDeviceConfig: DeviceConfigFile = {
  version: 1,
  assetTagPattern: '',
  devices: [
    {
      id: 'demo-card-reader',
      name: 'Demo card reader (RDM6300)',
      role: 'card-reader',
      protocol: 'em4100',
      transport: 'simulated',
      match: {},
      baudRate: 9600,
      layout: 'us',
      suffix: 'cr',
      scanGapMs: DEFAULT_SCAN_GAP_MS,
      dedupeMs: 1500,
      enabled: true,
    },
    {
      id: 'demo-item-scanner',
      name: 'Demo item scanner (serial, CR)',
      role: 'item-scanner',
      protocol: 'line',
      transport: 'simulated',
      match: {},
      baudRate: 9600,
      layout: 'us',
      suffix: 'cr',
      scanGapMs: DEFAULT_SCAN_GAP_MS,
      dedupeMs: 1500,
      enabled: true,
    },
  ],
};
