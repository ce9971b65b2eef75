/**
 * The end-to-end harness: each test gets its own stack (kiosk-stack.ts: central API on PGlite, an enrolled
 * and synced kiosk core, the hardware service on pseudo-terminals, the browser host), and the page opened
 * at the host's tokened address. Taps and scans are bytes written into the reader's and scanner's ptys.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_CONSOLE_DIR_ENV } from './build-admin-console.js';
import { RENDERER_DIR_ENV } from './build-renderer.js';
import { openKioskStack, type KioskStack, type StackOptions } from './kiosk-stack.js';

export type KioskOptions = Omit<StackOptions, 'rendererDir' | 'adminConsoleDir'> & {
  /** The central API also serves the built admin console at /admin/. */
  adminConsole?: boolean;
};

export type Kiosk = Omit<KioskStack, 'close'> & {
  /** Saves a full-page screenshot where people review them (test-results/screenshots, git-ignored). */
  screenshot(name: string): Promise<void>;
};

export const SCREENSHOT_DIR = join(import.meta.dirname, '../../../test-results/screenshots');

export const defaultKioskOptions: KioskOptions = {
  role: 'self-service',
  enrolled: true,
  idleTimeoutSeconds: 60,
  withConflict: false,
  demoDevices: false,
};

export const test = base.extend<{ kioskOptions: KioskOptions; kiosk: Kiosk }>({
  kioskOptions: [defaultKioskOptions, { option: true }],
  kiosk: async ({ page, kioskOptions }, use) => {
    const rendererDir = process.env[RENDERER_DIR_ENV];
    if (!rendererDir)
      throw new Error(`${RENDERER_DIR_ENV} is not set: run the tests through playwright.config.ts.`);
    const adminConsoleDir = kioskOptions.adminConsole ? process.env[ADMIN_CONSOLE_DIR_ENV] : undefined;
    if (kioskOptions.adminConsole && !adminConsoleDir)
      throw new Error(`${ADMIN_CONSOLE_DIR_ENV} is not set: run the tests through playwright.config.ts.`);
    const stack = await openKioskStack({ ...kioskOptions, rendererDir, adminConsoleDir });
    try {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.goto(stack.host.url);
      const { central, mail, school, core, host, devices, clock, tapCard, scanLabel } = stack;
      await use({
        central,
        mail,
        school,
        core,
        host,
        devices,
        clock,
        tapCard,
        scanLabel,
        screenshot: async (name) => {
          await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
        },
      });
      await page.close();
    } finally {
      await stack.close();
    }
  },
});

/** Waits for the welcome screen, which also proves the page reached the core over its socket. */
export async function atWelcome(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Tap your card to start' })).toBeVisible();
}

export { expect };
