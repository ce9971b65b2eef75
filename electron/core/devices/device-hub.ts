import { eq } from 'drizzle-orm';
import {
  DeviceConfigFile,
  type Credential,
  type DeviceCounters,
  type DeviceEvent,
  type DeviceStatusView,
} from '../../../domain/index.js';
import { credentialOfRead } from '../../../hardware/pipeline/credential-of-read.js';
import type { Clock } from '../session/clock.js';
import type { StoreDb } from '../store/open-store.js';
import { deviceConfig } from '../store/schema.js';
import { defaultDeviceConfig } from './default-config.js';
import type { HardwarePort, OpenHardware } from './hardware-port.js';

type Live = {
  state: string;
  detail: string | null;
  lastRead: string | null;
  lastReadAt: number | null;
  counters: DeviceCounters;
};

const zeroCounters = (): DeviceCounters => ({ frames: 0, credentials: 0, rejects: {}, reconnects: 0 });

const WEDGE = 'keyboard-wedge';

/**
 * The screen cannot tell a keyboard-mode card reader from a barcode scanner, so a wedge scan is read as a
 * card reader's: the symbology checks of its AIM prefix, no site label pattern, and the W26 form of a
 * typed 10-digit card number.
 */
const wedgeDevice = { id: WEDGE, role: 'card-reader' } as const;

/**
 * The core's view of the readers and scanners: their saved configuration, live state and counters, the
 * diagnostics "test read" mode (reads are shown, never acted on), and the route from a read to the flow.
 */
export class DeviceHub {
  private port: HardwarePort | null = null;
  private live = new Map<string, Live>();
  private testMode = false;

  constructor(
    private readonly db: StoreDb,
    private readonly clock: Clock,
    private readonly openHardware: OpenHardware | null,
    private readonly onCredential: (c: Credential) => Promise<void>,
    private readonly onDeviceEvent: (e: DeviceEvent) => void,
  ) {}

  async start(): Promise<void> {
    if (this.openHardware) this.port = await this.openHardware(this.config(), (e) => this.handle(e));
  }

  async stop(): Promise<void> {
    await this.port?.stop();
    this.port = null;
  }

  config(): DeviceConfigFile {
    const row = this.db.select().from(deviceConfig).where(eq(deviceConfig.id, 1)).get();
    return row ? DeviceConfigFile.parse(row.data) : defaultDeviceConfig;
  }

  async saveConfig(config: DeviceConfigFile): Promise<DeviceConfigFile> {
    this.db
      .insert(deviceConfig)
      .values({ id: 1, data: config })
      .onConflictDoUpdate({ target: deviceConfig.id, set: { data: config } })
      .run();
    await this.port?.configure(config);
    return config;
  }

  /**
   * A keyboard-wedge scan the screen recognised: a read like any other, through the same barcode checks as
   * a scanner the hardware service reads, and test mode applies to it too.
   */
  async wedge(text: string): Promise<void> {
    const deviceId = WEDGE;
    const ts = this.clock.now();
    const hex = Buffer.from(text, 'latin1').toString('hex');
    this.handle({ type: 'raw', deviceId, hex, ts });
    const read = credentialOfRead(
      { kind: 'text', text, aim: null },
      { device: wedgeDevice, assetTagPattern: null, ts },
    );
    if (read.kind === 'reject')
      return this.handle({ type: 'reject', deviceId, reason: read.reason, hex, ts });
    if (read.kind === 'none') return;
    const { credential } = read;
    if (this.testMode) return this.handle({ type: 'credential', deviceId, credential });
    this.entry(deviceId).lastRead = credential.canonical;
    this.onDeviceEvent({ type: 'credential', deviceId, credential });
    await this.onCredential(credential);
  }

  setTestMode(on: boolean): void {
    this.testMode = on;
  }

  async simulate(
    deviceId: string,
    action: { kind: 'tap'; canonical: string } | { kind: 'scan'; data: string },
  ): Promise<void> {
    if (!this.port) throw new Error('The hardware service is not running.');
    await this.port.simulate(deviceId, action);
  }

  async status(): Promise<DeviceStatusView> {
    const attached = this.port ? await this.port.list() : [];
    return {
      config: this.config().devices.map((d) => {
        const live = this.live.get(d.id);
        return {
          id: d.id,
          name: d.name,
          role: d.role,
          protocol: d.protocol,
          transport: d.transport,
          state: live?.state ?? (d.enabled ? 'connecting' : 'disconnected'),
          detail: live?.detail ?? null,
          lastRead: live?.lastRead ?? null,
          lastReadAt: live?.lastReadAt ?? null,
          counters: live?.counters ?? zeroCounters(),
        };
      }),
      attached,
      testMode: this.testMode,
    };
  }

  private entry(deviceId: string): Live {
    let live = this.live.get(deviceId);
    if (!live) {
      live = {
        state: 'connecting',
        detail: null,
        lastRead: null,
        lastReadAt: null,
        counters: zeroCounters(),
      };
      this.live.set(deviceId, live);
    }
    return live;
  }

  private handle(e: DeviceEvent): void {
    const live = this.entry(e.deviceId);
    switch (e.type) {
      case 'credential':
        live.lastRead = e.credential.canonical;
        live.lastReadAt = e.credential.ts;
        if (!this.testMode) void this.onCredential(e.credential);
        break;
      case 'status':
        live.state = e.state;
        live.detail = e.detail;
        break;
      case 'counters':
        live.counters = e.counters;
        break;
      case 'removed':
      case 'raw':
      case 'reject':
        break;
      default: {
        const unreachable: never = e;
        throw new Error(`Unknown device event ${JSON.stringify(unreachable)}`);
      }
    }
    this.onDeviceEvent(e);
  }
}
