/**
 * Everything one end-to-end test (or benchmark) runs against, all real: the central API on its own PGlite
 * with the test school made through the API, sending its emails to a mail server of the test's own; a
 * kiosk core on a fresh data folder enrolled with it by a one-time code and synced, the hardware service
 * in its own process reading a card reader and an item scanner that are socat pseudo-terminals, and the
 * browser host serving the built renderer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeviceConfig, StationSettings } from '../../../domain/index.js';
import { openKioskCore, type KioskCore } from '../../../electron/core/index.js';
import { defaultDeviceConfig } from '../../../electron/core/devices/default-config.js';
import { ManualClock } from '../../../electron/core/testing/manual-clock.js';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host.js';
import { startSmtpServer, type TestSmtp } from '../../../central-api/testing/smtp-server.js';
import { startHardwareService } from '../../../hardware/service/supervisor.js';
import { enrolmentCode, startCentral, type Central } from '../../integration/support/central.js';
import { seedE2eSchool, type E2eSchool } from './e2e-school.js';
import { PtyDevices, READER_ID, SCANNER_ID } from './pty-devices.js';
import { listingPtys } from './pty-listing.js';
import { ReadArrivals } from './read-arrivals.js';
import { refuseALoanOf } from './refused-loan.js';
import { ServerClock } from './server-clock.js';

export type StackOptions = {
  rendererDir: string;
  role: StationSettings['role'];
  enrolled: boolean;
  idleTimeoutSeconds: number;
  /** A loan of this kiosk's that the central API refused, waiting on its needs-attention list. */
  withConflict: boolean;
  /** The simulated demo reader and scanner as well, for the diagnostics screen's demo controls. */
  demoDevices: boolean;
  /** The built admin console, served by the central API at /admin/, for tests that use both. */
  adminConsoleDir?: string | undefined;
};

export type KioskStack = {
  central: Central;
  /** The mail server the central API sends reminders to, keeping every message. */
  mail: TestSmtp;
  school: E2eSchool;
  core: KioskCore;
  host: BrowserHost;
  devices: PtyDevices;
  /** The kiosk core's clock: it moves only when a test says so, so timeouts need no waiting. */
  clock: ManualClock;
  /** One RDM6300 frame into the card reader's pty; resolves once the read has reached the core. */
  tapCard(rfid: string): Promise<void>;
  /** One line (the text and a CR) into the item scanner's pty; resolves once it has reached the core. */
  scanLabel(text: string): Promise<void>;
  close(): Promise<void>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Until the hardware service has opened every configured device, so no first tap is lost. */
async function untilConnected(core: KioskCore, devices: readonly DeviceConfig[]): Promise<void> {
  const until = Date.now() + 20_000;
  for (;;) {
    const { config } = await core.handlers['devices.status']({});
    const down = devices.filter((d) => config.find((c) => c.id === d.id)?.state !== 'connected');
    if (down.length === 0) return;
    if (Date.now() > until) {
      throw new Error(`The hardware service did not open ${down.map((d) => d.path ?? d.id).join(', ')}.`);
    }
    await sleep(50);
  }
}

export async function openKioskStack(o: StackOptions): Promise<KioskStack> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const c of closers.splice(0).reverse()) await c();
  };
  try {
    const serverClock = new ServerClock();
    const mail = await startSmtpServer();
    closers.push(() => mail.close());
    const central = await startCentral('pglite', {
      now: serverClock.now,
      mailer: mail.mailer(),
      ...(o.adminConsoleDir ? { adminConsoleDir: o.adminConsoleDir } : {}),
    });
    closers.push(() => central.close());
    const school = await seedE2eSchool(central, serverClock);

    const devices = await PtyDevices.plug();
    closers.push(() => devices.unplug());
    const dataDir = mkdtempSync(join(tmpdir(), 'kitdesk-e2e-'));
    closers.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const clock = new ManualClock(Date.now());
    const core = await openKioskCore({
      dataDir,
      clock,
      version: 'e2e',
      openHardware: listingPtys(
        (config, onEvent) => startHardwareService({ config, onEvent }),
        [devices.sparePath],
      ),
      sync: { pollMs: 60 * 60 * 1000 },
    });
    closers.push(() => core.close());
    const arrivals = new ReadArrivals(core);
    closers.push(async () => arrivals.stop());
    const tapCard = (rfid: string) => arrivals.after(READER_ID, rfid, () => devices.tapCard(rfid));
    const scanLabel = (text: string) => arrivals.after(SCANNER_ID, text, () => devices.scanLabel(text));

    // Set up as a technician would on the first-run screen: devices first, while no staff card is needed.
    const configured = [...devices.config, ...(o.demoDevices ? defaultDeviceConfig.devices : [])];
    await core.handlers['devices.saveConfig']({ ...defaultDeviceConfig, devices: configured });
    await untilConnected(core, configured);
    const settings = (role: StationSettings['role']): StationSettings => ({
      apiUrl: o.enrolled ? central.url : null,
      role,
      idleTimeoutSeconds: o.idleTimeoutSeconds,
      soundsOn: true,
    });
    // Before enrolment, as on the first-run screen, the settings need no staff card. The refused loan is a
    // checkout, made while the station still lends.
    await core.handlers['station.saveSettings'](settings(o.withConflict ? 'self-service' : o.role));
    if (o.enrolled) {
      const code = await enrolmentCode(central, 'Media block kiosk', school.deskLocationId);
      await core.handlers['station.enrol']({ apiUrl: central.url, code });
    }
    if (o.withConflict) {
      await refuseALoanOf({ central, core, school, tapCard, scanLabel });
      // Once enrolled, changing the station's role is a staff-only change: a member of staff taps first.
      await tapCard(school.teacher.rfid);
      await core.handlers['station.saveSettings'](settings(o.role));
      await core.handlers['session.cancel']({});
    }

    const host = await startBrowserHost({ core, rendererDir: o.rendererDir });
    closers.push(() => host.close());
    return { central, mail, school, core, host, devices, clock, tapCard, scanLabel, close };
  } catch (err) {
    await close();
    throw err;
  }
}
