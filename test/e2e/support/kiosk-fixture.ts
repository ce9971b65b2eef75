/**
 * The end-to-end harness: each test gets its own kiosk core on a fresh data folder, seeded with the test
 * school, served by the real browser host, and the page opened at the host's tokened address.
 *
 * Taps and scans go in through `core.feed`, the path every reader and scanner ends in. When the hardware
 * service lands, `tapCard` and `scanLabel` are the only two functions to point at pseudo-terminals.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AttachedDevice, StationSettings } from '../../../domain/index.js';
import { openKioskCore, type KioskCore } from '../../../electron/core/index.js';
import { label, tap } from '../../../electron/core/testing/credentials.js';
import { ManualClock } from '../../../electron/core/testing/manual-clock.js';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host.js';
import { benchHardware } from './bench-hardware.js';
import { RENDERER_DIR_ENV } from './build-renderer.js';
import { e2eCatalogue, type E2eCatalogue } from './e2e-catalogue.js';
import { seedDataDir, UNREACHABLE_API } from './seed-data-dir.js';

export type KioskOptions = {
  role: StationSettings['role'];
  enrolled: boolean;
  idleTimeoutSeconds: number;
  withConflict: boolean;
  /** Devices the bench hardware reports as plugged in. */
  attached: AttachedDevice[];
};

export type Kiosk = {
  core: KioskCore;
  host: BrowserHost;
  catalogue: E2eCatalogue;
  /** The core's clock: it moves only when a test says so, so timeouts need no waiting. */
  clock: ManualClock;
  tapCard(rfid: string): Promise<void>;
  scanLabel(data: string): Promise<void>;
  /** Saves a full-page screenshot where people review them (test-results/screenshots, git-ignored). */
  screenshot(name: string): Promise<void>;
};

export const SCREENSHOT_DIR = join(import.meta.dirname, '../../../test-results/screenshots');

async function openKiosk(o: KioskOptions) {
  const rendererDir = process.env[RENDERER_DIR_ENV];
  if (!rendererDir)
    throw new Error(`${RENDERER_DIR_ENV} is not set: run the tests through playwright.config.ts.`);
  const dataDir = mkdtempSync(join(tmpdir(), 'kitdesk-e2e-'));
  const now = Date.now();
  const catalogue = e2eCatalogue(now);
  seedDataDir(dataDir, catalogue, {
    now,
    enrolled: o.enrolled,
    withConflict: o.withConflict,
    settings: {
      apiUrl: o.enrolled ? UNREACHABLE_API : null,
      role: o.role,
      idleTimeoutSeconds: o.idleTimeoutSeconds,
      soundsOn: true,
    },
  });
  const clock = new ManualClock(now);
  const core = await openKioskCore({
    dataDir,
    clock,
    version: 'e2e',
    openHardware: benchHardware(o.attached),
    sync: { pollMs: 60 * 60 * 1000 },
  });
  const host = await startBrowserHost({ core, rendererDir });
  const close = async () => {
    await host.close();
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { core, host, catalogue, clock, close };
}

export const test = base.extend<{ kioskOptions: KioskOptions; kiosk: Kiosk }>({
  kioskOptions: [
    { role: 'self-service', enrolled: true, idleTimeoutSeconds: 60, withConflict: false, attached: [] },
    { option: true },
  ],
  kiosk: async ({ page, kioskOptions }, use) => {
    const opened = await openKiosk(kioskOptions);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.goto(opened.host.url);
    await use({
      core: opened.core,
      host: opened.host,
      catalogue: opened.catalogue,
      clock: opened.clock,
      tapCard: (rfid) => opened.core.feed(tap(rfid)),
      scanLabel: (data) => opened.core.feed(label(data)),
      screenshot: async (name) => {
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
      },
    });
    await page.close();
    await opened.close();
  },
});

/** Waits for the welcome screen, which also proves the page reached the core over its socket. */
export async function atWelcome(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Tap your card to start' })).toBeVisible();
}

export { expect };
