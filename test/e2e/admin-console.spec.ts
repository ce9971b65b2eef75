import { expect, test, type Page } from '@playwright/test';
import { ADMIN, seedSchool, startCentral, type Central } from '../integration/support/central.js';
import { expectAccessible } from './support/accessibility.js';
import { ADMIN_CONSOLE_DIR_ENV } from './support/build-admin-console.js';

/**
 * The admin console in Chromium against a real central API on PGlite, signed in as the test school's
 * admin: signing in, the asset list and its search, staying signed in across a reload, signing out, and
 * the security of its cookies and headers.
 */
let central: Central;

test.beforeAll(async () => {
  const dir = process.env[ADMIN_CONSOLE_DIR_ENV];
  if (!dir) throw new Error(`${ADMIN_CONSOLE_DIR_ENV} is not set: run through playwright.config.ts.`);
  central = await startCentral('pglite', { adminConsoleDir: dir });
  await seedSchool(central);
  // Enough tripods for a second page of the list.
  for (let i = 1; i <= 30; i += 1) {
    const n = String(i).padStart(2, '0');
    await central.api('POST', '/assets', {
      name: `Manfrotto tripod ${n}`,
      barcode: `KD-T${n}`,
      serialNumber: `MF-190-${4400 + i}`,
      manufacturer: 'Manfrotto',
      modelId: '190XPRO',
    });
  }
});

test.afterAll(async () => {
  await central?.close();
});

async function screenshots(page: Page, name: string): Promise<void> {
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

async function signIn(page: Page): Promise<void> {
  await page.goto(`${central.url}/admin/`);
  await expect(page.getByRole('heading', { name: 'Sign in to the admin console' })).toBeVisible();
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Assets', level: 1 })).toBeVisible();
}

test('sign in, list and search the assets, stay signed in across a reload, sign out', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${central.url}/admin/`);
  await expect(page.getByRole('heading', { name: 'Sign in to the admin console' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'sign-in');

  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match');
  await expectAccessible(page);

  await page.getByLabel('Password').fill(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Assets', level: 1 })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  // 25 assets on the first page, under one heading row, A to Z.
  await expect(rows).toHaveCount(26);
  await expect(rows.nth(1)).toContainText('Canon EOS R50');
  await expect(page.getByText('Showing 1–25 of 35 assets')).toBeVisible();
  await expect(page.getByText('35 in the catalogue')).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'asset-list');

  // The keyboard reaches everything, starting with a way past the bar.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the page' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Skip to the page' })).toBeInViewport();

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Showing 26–35 of 35 assets')).toBeVisible();
  await page.getByRole('button', { name: /^Serial number/ }).click();
  await expect(page.getByRole('columnheader', { name: /Serial number/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(page.getByText('Showing 1–25 of 35 assets')).toBeVisible();
  await expect(rows.nth(1)).toContainText('MF-190-4401');

  // A USB scanner types the label and presses Enter.
  const search = page.getByRole('searchbox', { name: 'Search assets' });
  await search.fill('KD-00003');
  await search.press('Enter');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Studio monitor');
  await expect(rows.nth(1)).toContainText('Cannot lend');
  await expect(page.getByText('1 match', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/q=KD-00003/);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Assets', level: 1 })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search assets' })).toHaveValue('KD-00003');
  await expect(rows).toHaveCount(2);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).toBe('{}');

  await search.fill('no-such-label');
  await search.press('Enter');
  await expect(page.getByRole('heading', { name: 'Nothing matches “no-such-label”' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'asset-list-empty');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status')).toHaveText('You have signed out.');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in to the admin console' })).toBeVisible();
});

test('the refresh cookie is HttpOnly and SameSite=Strict, and a request without the CSRF token is refused', async ({
  page,
  context,
}) => {
  await signIn(page);
  const cookies = await context.cookies();
  const refresh = cookies.find((c) => c.name === 'kitdesk_refresh');
  expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth' });
  expect(await page.evaluate(() => document.cookie)).toBe('');

  // The browser sends its cookies, but not the token the page holds in memory.
  const refused = await page.request.post(`${central.url}/auth/refresh?refresh=cookie`, { data: {} });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe('forbidden');
  const signOut = await page.request.post(`${central.url}/auth/logout?refresh=cookie`, { data: {} });
  expect(signOut.status()).toBe(403);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Assets', level: 1 })).toBeVisible();
});

test('/admin/ answers with a strict Content-Security-Policy', async ({ request }) => {
  for (const path of ['/admin/', '/admin/assets']) {
    const res = await request.get(`${central.url}${path}`);
    expect(res.status()).toBe(200);
    const csp = res.headers()['content-security-policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  }
});
