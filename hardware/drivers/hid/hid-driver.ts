import type { DeviceConfig } from '../../../domain/devices/device-config.js';
import type { BackoffOptions } from '../backoff.js';
import { describeMatch, hasIds, matchesDevice } from '../device-match.js';
import { LinkError, type Link, type StatusListener } from '../link.js';
import { ReconnectLoop } from '../reconnect-loop.js';
import type { HidConnection, HidDeviceInfo, HidTransport } from './hid-transport.js';

const HID_POS_USAGE_PAGE = 0x8c;
const GENERIC_DESKTOP = 0x01;
const KEYBOARD_USAGE = 0x06;
/** Honeywell and Youjie send scans only after feature report 0xFE = 1 (hardware.md §4, WebHidBarcodeScanner). */
const NEEDS_POS_ENABLE = new Set([0x0c2e, 0x23d0]);

export type HidDriverOptions = {
  device: DeviceConfig;
  transport: HidTransport;
  onReport(report: Uint8Array): void;
  status: StatusListener;
  connected(again: boolean): void;
  backoff?: BackoffOptions;
};

/**
 * Whether an enumerated HID interface is the configured device: the configured ids, and unless the
 * configuration names a usage page, the interface of the protocol (a scanner often exposes both a
 * keyboard and a HID POS interface with the same ids).
 */
export function isConfiguredHidDevice(
  device: Pick<DeviceConfig, 'match' | 'protocol'>,
  info: HidDeviceInfo,
): boolean {
  if (!matchesDevice(device.match, info)) return false;
  if (device.match.usagePage !== undefined || info.usagePage === null) return true;
  if (device.protocol === 'hid-pos') return info.usagePage === HID_POS_USAGE_PAGE;
  return info.usagePage === GENERIC_DESKTOP && info.usage === KEYBOARD_USAGE;
}

/** One HID reader or scanner, kept open across unplugs and replugs. */
export class HidDriver {
  private readonly loop: ReconnectLoop;

  constructor(private readonly options: HidDriverOptions) {
    this.loop = new ReconnectLoop(
      () => this.open(),
      { status: options.status, connected: (again) => options.connected(again) },
      options.backoff,
    );
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  private async open(): Promise<Link> {
    const info = await this.find();
    let connection: HidConnection;
    try {
      connection = await this.options.transport.open(info.path);
    } catch (e) {
      throw new LinkError(
        'failed',
        `${info.path} could not be opened (${(e as Error).message}): on Linux install hardware/udev rules; on ` +
          'Windows a keyboard-mode device cannot be read, switch it to HID POS or serial mode.',
      );
    }
    let end!: (reason: string) => void;
    const lost = new Promise<string>((resolve) => (end = resolve));
    connection.onError((err) =>
      end(`${info.path} stopped answering (${err.message}); it was probably unplugged.`),
    );
    connection.onReport((report) => this.options.onReport(report));
    if (this.options.device.protocol === 'hid-pos' && NEEDS_POS_ENABLE.has(info.vendorId)) {
      await connection.sendFeatureReport(Uint8Array.of(0xfe, 0x01)).catch((e: Error) => {
        end(
          `The scanner refused to switch to HID POS mode (${e.message}); scan its "USB HID POS" setup code.`,
        );
      });
    }
    return { lost, close: () => connection.close() };
  }

  private async find(): Promise<HidDeviceInfo> {
    const { device, transport } = this.options;
    const all = await transport.list();
    if (device.path) {
      const byPath = all.find((d) => d.path === device.path);
      if (!byPath) throw new LinkError('absent', `${device.path} is not present: the device is unplugged.`);
      return byPath;
    }
    if (!hasIds(device.match)) {
      throw new LinkError(
        'failed',
        `"${device.name}" has neither a path nor USB ids to find it by: set match.vendorId and match.productId.`,
      );
    }
    const found = all
      .filter((d) => isConfiguredHidDevice(device, d))
      .sort((a, b) => a.path.localeCompare(b.path));
    if (!found[0]) {
      throw new LinkError(
        'absent',
        `No HID device with ${describeMatch(device.match)} is plugged in; run "kitdesk-hw list" to see the ids.`,
      );
    }
    return found[0];
  }
}
