/** What every admin console spec does to a page: sign in, and photograph it at desk sizes (axe: accessibility.ts). */
import { expect, type Page } from '@playwright/test';
import { ADMIN } from '../../integration/support/central.js';

/** Full-page screenshots at the two desk sizes the console is made for, then back to the smaller. */
export async function consoleScreenshots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({
      path: `test-results/admin-console/${name}-${width}x${height}.png`,
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** Signs in as the test school's admin and waits for the landing page, the asset list. */
export async function signInToConsole(page: Page, centralUrl: string): Promise<void> {
  await page.goto(`${centralUrl}/admin/`);
  await expect(page.getByRole('heading', { name: 'Sign in to the admin console' })).toBeVisible();
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Assets', level: 1 })).toBeVisible();
}
