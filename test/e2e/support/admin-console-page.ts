/** What every console spec does in the browser: sign in, check accessibility, save screenshots at two sizes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { ADMIN } from '../../integration/support/central.js';

/** No serious or critical WCAG problem that axe can see on the screen as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
    [],
  );
}

/** Full-page screenshots at an office PC's two usual sizes, `<dir>/<name>-<width>x<height>.png`. */
export async function screenshots(page: Page, dir: string, name: string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${dir}/${name}-${width}x${height}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** Signed in (as the test school's first admin unless told), on the asset list. */
export async function signInToConsole(
  page: Page,
  centralUrl: string,
  who: { email: string; password: string } = ADMIN,
): Promise<void> {
  await page.goto(`${centralUrl}/admin/`);
  await expect(page.getByRole('heading', { name: 'Sign in to the admin console' })).toBeVisible();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Assets', level: 1 })).toBeVisible();
}
