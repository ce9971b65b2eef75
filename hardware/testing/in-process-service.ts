import type { ServiceMessage } from '../../domain/devices/service-messages.js';
import { DeviceManager } from '../manager/device-manager.js';
import type { HardwareServiceProcess } from '../service/service-client.js';
import { ServiceHost } from '../service/service-host.js';
import { FakeHidTransport } from './fake-hid-transport.js';

/**
 * The real service host and device manager behind the process interface, without a process: messages are
 * cloned as IPC would, and `crash()` ends it the way a native fault would.
 */
export class InProcessService implements HardwareServiceProcess {
  readonly received: unknown[] = [];
  private messageListeners: ((m: unknown) => void)[] = [];
  private exitListeners: ((code: number | null) => void)[] = [];
  private readonly manager: DeviceManager;
  private readonly host: ServiceHost;
  private exited = false;

  constructor({ silent = false } = {}) {
    this.manager = new DeviceManager({
      emit: (e) => this.host.reply(e),
      hid: new FakeHidTransport(),
      listSerialPorts: async () => [],
    });
    this.host = new ServiceHost(
      (m) => this.deliver(m),
      this.manager,
      () => this.crash(0),
    );
    if (!silent) setTimeout(() => this.host.reply({ type: 'ready', pid: 1, ts: Date.now() }), 0);
  }

  send(message: unknown): void {
    this.received.push(structuredClone(message));
    setImmediate(() => void this.host.handle(structuredClone(message)));
  }

  on(event: 'message' | 'exit', listener: (value: never) => void): void {
    if (event === 'message') this.messageListeners.push(listener as (m: unknown) => void);
    else this.exitListeners.push(listener as (code: number | null) => void);
  }

  kill(): void {
    this.crash(null);
  }

  crash(code: number | null): void {
    if (this.exited) return;
    this.exited = true;
    void this.manager.stop().then(() => this.exitListeners.forEach((l) => l(code)));
  }

  private deliver(message: ServiceMessage): void {
    if (this.exited) return;
    const copy = structuredClone(message);
    setImmediate(() => this.messageListeners.forEach((l) => l(copy)));
  }
}
