/** What every admin console spec does: sign in, check a screen with axe, and photograph it at desk sizes. */
import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { startCentral, type Central } from '../../integration/support/central.js';
import { ADMIN_CONSOLE_DIR_ENV } from './build-admin-console.js';

/** The same axe check as the kiosk's screens. */
export { expectAccessible } from './accessibility.js';

/** A central API on PGlite serving the console that global set-up built. */
export async function startConsoleCentral(): Promise<Central> {
  const dir = process.env[ADMIN_CONSOLE_DIR_ENV];
  if (!dir) throw new Error(`${ADMIN_CONSOLE_DIR_ENV} is not set: run through playwright.config.ts.`);
  return startCentral('pglite', { adminConsoleDir: dir });
}

/** The screen at 1366×768 and 1920×1080, whole pages, into `folder`; the viewport goes back to 1366×768. */
export async function screenshots(
  page: Page,
  name: string,
  folder = 'test-results/admin-console',
): Promise<void> {
  mkdirSync(folder, { recursive: true });
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${folder}/${name}-${width}x${height}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** Sign in on the console's own page and wait for the first screen. */
export async function signInAs(
  page: Page,
  url: string,
  who: { email: string; password: string },
): Promise<void> {
  await page.goto(`${url}/admin/`);
  await expect(page.getByRole('heading', { name: 'Sign in to the admin console' })).toBeVisible();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Assets', level: 1 })).toBeVisible();
}
