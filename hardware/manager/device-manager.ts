import type { DeviceConfig, DeviceConfigFile } from '../../domain/devices/device-config.js';
import type { AttachedDevice, DeviceEvent } from '../../domain/devices/device-events.js';
import type { SimulateAction } from '../../domain/devices/service-messages.js';
import { KitdeskError } from '../../domain/errors.js';
import { compileAssetTagPattern } from '../barcode/asset-tag-pattern.js';
import type { BackoffOptions } from '../drivers/backoff.js';
import type { HidTransport } from '../drivers/hid/hid-transport.js';
import type { ListSerialPorts } from '../drivers/serial/serial-port-locator.js';
import { listAttachedDevices } from './attached-devices.js';
import { startDevice, type DeviceRuntime } from './device-runtime.js';

export type DeviceManagerOptions = {
  emit: (event: DeviceEvent) => void;
  hid: HidTransport;
  listSerialPorts: ListSerialPorts;
  backoff?: BackoffOptions;
};

const SERIAL_PROTOCOLS = new Set<DeviceConfig['protocol']>(['em4100', 'parallax', 'pn532', 'line']);
const HID_PROTOCOLS = new Set<DeviceConfig['protocol']>(['hid-keyboard', 'hid-pos']);

/** Problems a configuration has that its schema cannot see, one sentence each. */
function configurationProblems(file: DeviceConfigFile): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const d of file.devices) {
    if (seen.has(d.id)) problems.push(`Two devices share the id "${d.id}"; give each its own.`);
    seen.add(d.id);
    if (d.transport === 'serial' && !SERIAL_PROTOCOLS.has(d.protocol)) {
      problems.push(`"${d.name}" uses ${d.protocol}, which needs transport "hid", not "serial".`);
    }
    if (d.transport === 'hid' && !HID_PROTOCOLS.has(d.protocol)) {
      problems.push(`"${d.name}" uses ${d.protocol}, which needs transport "serial", not "hid".`);
    }
  }
  return problems;
}

/** Runs the configured devices and answers for them: what is attached, and simulated taps and scans. */
export class DeviceManager {
  private config: DeviceConfigFile | null = null;
  private running = new Map<string, DeviceRuntime>();

  constructor(private readonly options: DeviceManagerOptions) {}

  /** Replaces the running devices; a configuration with problems is refused and nothing changes. */
  async configure(file: DeviceConfigFile): Promise<void> {
    const problems = configurationProblems(file);
    if (problems.length > 0) throw new KitdeskError('validation_failed', problems.join(' '), problems);
    const assetTagPattern = compileAssetTagPattern(file.assetTagPattern);
    await this.stop();
    this.config = file;
    for (const device of file.devices) {
      if (!device.enabled) {
        this.options.emit({
          type: 'status',
          deviceId: device.id,
          state: 'disconnected',
          detail: 'Disabled in the device configuration.',
          ts: Date.now(),
        });
        continue;
      }
      this.running.set(device.id, startDevice(device, { ...this.options, assetTagPattern }));
    }
  }

  list(): Promise<AttachedDevice[]> {
    return listAttachedDevices(this.config, this.options);
  }

  simulate(deviceId: string, action: SimulateAction): void {
    const runtime = this.running.get(deviceId);
    if (!runtime) {
      const known = this.config?.devices.some((d) => d.id === deviceId);
      throw new KitdeskError(
        'not_found',
        known
          ? `Device "${deviceId}" is disabled; enable it first.`
          : `No device "${deviceId}" is configured.`,
      );
    }
    runtime.simulate(action);
  }

  async stop(): Promise<void> {
    const running = [...this.running.values()];
    this.running.clear();
    await Promise.all(running.map((r) => r.stop()));
  }
}
