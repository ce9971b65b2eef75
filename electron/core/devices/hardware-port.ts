import type { AttachedDevice, DeviceConfigFile, DeviceEvent } from '../../../domain/index.js';

/** What the core needs of the hardware service, whichever process hosts it. */
export type HardwarePort = {
  configure(config: DeviceConfigFile): Promise<void>;
  list(): Promise<AttachedDevice[]>;
  simulate(
    deviceId: string,
    action: { kind: 'tap'; canonical: string } | { kind: 'scan'; data: string },
  ): Promise<void>;
  stop(): Promise<void>;
};

export type OpenHardware = (
  config: DeviceConfigFile,
  onEvent: (event: DeviceEvent) => void,
) => Promise<HardwarePort>;
