import { existsSync } from 'node:fs';
import type { DeviceConfig } from '../../../domain/devices/device-config.js';
import { KitdeskError } from '../../../domain/errors.js';
import type { BackoffOptions } from '../backoff.js';
import type { StatusListener } from '../link.js';
import { ReconnectLoop } from '../reconnect-loop.js';
import { openSerialLink, type SerialLink } from './serial-link.js';
import { listSerialPorts, locateSerialPort, type ListSerialPorts } from './serial-port-locator.js';

export type SerialDriverOptions = {
  device: DeviceConfig;
  onData(bytes: Uint8Array): void;
  status: StatusListener;
  /** After every open; `again` is true for reconnects. */
  connected(again: boolean): void;
  listPorts?: ListSerialPorts;
  backoff?: BackoffOptions;
  /** How often to check that the device still exists (Windows may never emit close, serialport #2351). */
  watchdogMs?: number;
};

/** One serial reader or scanner, kept open across unplugs and replugs. */
export class SerialDriver {
  private readonly loop: ReconnectLoop;
  private readonly listPorts: ListSerialPorts;
  private link: SerialLink | null = null;
  private watchdog: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: SerialDriverOptions) {
    this.listPorts = options.listPorts ?? listSerialPorts;
    this.loop = new ReconnectLoop(
      () => this.open(),
      {
        status: options.status,
        connected: (again) => options.connected(again),
      },
      options.backoff,
    );
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    this.stopWatchdog();
    await this.loop.stop();
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (!this.link) throw new KitdeskError('unavailable', `"${this.options.device.name}" is not connected.`);
    await this.link.write(bytes);
  }

  private async open(): Promise<SerialLink> {
    const { device } = this.options;
    const path = await locateSerialPort(device, this.listPorts);
    const link = await openSerialLink(path, device.baudRate, (bytes) => this.options.onData(bytes));
    this.link = link;
    this.startWatchdog(path, link);
    void link.lost.then(() => {
      if (this.link === link) this.link = null;
      this.stopWatchdog();
    });
    return link;
  }

  private startWatchdog(path: string, link: SerialLink): void {
    this.stopWatchdog();
    const byPath = Boolean(this.options.device.path);
    this.watchdog = setInterval(() => {
      void (async () => {
        const present = byPath ? existsSync(path) : (await this.listPorts()).some((p) => p.path === path);
        if (!present) link.drop(`${path} disappeared without the system closing it.`);
      })().catch(() => undefined);
    }, this.options.watchdogMs ?? 5000);
    this.watchdog.unref();
  }

  private stopWatchdog(): void {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
  }
}
