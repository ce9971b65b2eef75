/**
 * Every kiosk screen, walked as a pupil and a member of staff would, checked by axe at the two screen sizes
 * kiosks come in (1280×800 and 1920×1080): no serious or critical WCAG problem on any of them. Each screen
 * is saved at both sizes (test-results/screenshots/a11y-*) for people to look at.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { ADMIN } from '../integration/support/central.js';
import { SCREEN_SIZES, seriousViolations } from './support/accessibility.js';
import { atWelcome, defaultKioskOptions, expect, SCREENSHOT_DIR, test } from './support/kiosk-fixture.js';

/** Saves the screen at both sizes and asserts axe finds nothing serious or critical on it at either. */
async function checkScreen(page: Page, name: string): Promise<void> {
  const found: string[] = [];
  for (const [width, height] of SCREEN_SIZES) {
    await page.setViewportSize({ width, height });
    await page.screenshot({
      path: join(SCREENSHOT_DIR, `a11y-${name}-${width}x${height}.png`),
      fullPage: true,
    });
    for (const v of await seriousViolations(page)) {
      const where = v.nodes.map((n) => n.target.join(' ')).join('; ');
      found.push(`${width}×${height} ${v.id} (${v.impact}): ${v.help} at ${where}`);
    }
  }
  const [width, height] = SCREEN_SIZES[0];
  await page.setViewportSize({ width, height });
  expect(found, `axe on the ${name} screen`).toEqual([]);
}

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

test.describe('every self-service screen', () => {
  test.use({ kioskOptions: { ...defaultKioskOptions, demoDevices: true } });

  test('welcome, basket, refusal, receipt, staff panels, reports and diagnostics pass axe', async ({
    page,
    kiosk,
  }) => {
    // Fourteen screens, each saved and checked twice: longer than one flow's minute.
    test.setTimeout(240_000);
    const { pupil, barred, teacher, members, camera, monitor } = kiosk.school;
    await atWelcome(page);
    await checkScreen(page, 'welcome');

    // The demo dock, open over the welcome screen: a demo tap is confirmed beside its button, and acts.
    await page.getByRole('button', { name: 'Demo: tap a card or scan a label' }).click();
    const reader = page.getByRole('region', { name: 'Demo card reader (RDM6300)' });
    await reader.getByLabel(/Demo: find a person/).fill('Amira');
    await reader.getByRole('button', { name: 'Find' }).click();
    await reader.getByRole('button', { name: 'Tap Amira Khan’s card' }).click();
    await expect(reader.getByRole('status')).toHaveText('Tapped Amira Khan’s card');
    await expect(page.getByRole('heading', { name: 'Hello, Amira Khan' })).toBeVisible();
    await checkScreen(page, 'demo-dock');
    await page.getByRole('button', { name: 'Hide demo' }).click();

    await kiosk.scanLabel(members[0]!.barcode);
    await expect(page.getByRole('list', { name: 'Still to do for the kit' })).toBeVisible();
    await checkScreen(page, 'basket-kit-in-progress');

    await kiosk.scanLabel(monitor.barcode);
    await expect(page.getByRole('alert')).toContainText('not for loan');
    await checkScreen(page, 'basket-item-refused');

    await page.getByRole('button', { name: 'Cancel' }).click();
    await atWelcome(page);
    await kiosk.tapCard(barred.rfid);
    await kiosk.scanLabel(camera.barcode);
    await expect(page.getByRole('list', { name: 'What stops this loan' })).toBeVisible();
    await checkScreen(page, 'basket-refusal');

    await page.getByRole('button', { name: 'Cancel' }).click();
    await atWelcome(page);
    await kiosk.tapCard(pupil.rfid);
    await kiosk.scanLabel(camera.barcode);
    await page.getByRole('button', { name: 'Borrow 1 item' }).click();
    await expect(page.getByRole('heading', { name: 'All done, Amira Khan' })).toBeVisible();
    await checkScreen(page, 'receipt');
    await page.getByRole('button', { name: 'Finish' }).click();

    await atWelcome(page);
    await kiosk.tapCard(teacher.rfid);
    await page.getByRole('button', { name: 'Staff menu' }).click();
    await page.getByRole('searchbox', { name: 'Name, label or card number' }).fill('Canon');
    await expect(page.getByRole('region', { name: 'Equipment (1)' })).toContainText(camera.barcode);
    await checkScreen(page, 'staff-search');
    for (const [tab, name] of [
      ['Needs attention', 'staff-needs-attention'],
      ['Sync', 'staff-sync'],
      ['Settings', 'staff-settings'],
    ] as const) {
      await page.getByRole('button', { name: tab, exact: true }).click();
      await checkScreen(page, name);
    }
    await page.getByRole('button', { name: 'Reports', exact: true }).click();
    await checkScreen(page, 'staff-sign-in');
    await signIn(page);
    // Chart.js loads on first use: both charts are drawn before the screen is judged.
    await expect(page.locator('.bar-chart canvas')).toHaveCount(2);
    await checkScreen(page, 'staff-reports');

    await page.getByRole('button', { name: 'Diagnostics', exact: true }).click();
    await expect(page.getByRole('article', { name: 'Demo card reader (RDM6300)' })).toBeVisible();
    await checkScreen(page, 'diagnostics');
  });
});

test.describe('every return desk screen', () => {
  test.use({ kioskOptions: { ...defaultKioskOptions, role: 'return-desk', withConflict: true } });

  test('returns, a kit coming back, needs attention and settings pass axe', async ({ page, kiosk }) => {
    const { recorder, mic } = kiosk.school;
    await expect(page.getByText('Scan the label on each item being returned.')).toBeVisible();
    await checkScreen(page, 'desk-idle');

    await kiosk.scanLabel(recorder.barcode);
    await kiosk.scanLabel(mic.barcode);
    await page.getByRole('button', { name: 'Add note on the condition of Rode NTG shotgun mic' }).click();
    await expect(page.getByLabel('Condition of Rode NTG shotgun mic')).toBeFocused();
    await checkScreen(page, 'desk-return-kit');

    await page.getByRole('button', { name: /^Needs attention/ }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Canon EOS R50' }).first()).toBeVisible();
    await checkScreen(page, 'desk-needs-attention');

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await checkScreen(page, 'desk-settings');
  });
});

test.describe('a kiosk that is not enrolled yet', () => {
  test.use({ kioskOptions: { ...defaultKioskOptions, enrolled: false } });

  test('the first-run screen passes axe', async ({ page, kiosk }) => {
    expect((await kiosk.core.handlers['station.info']({})).firstRun).toBe(true);
    await expect(page.getByRole('heading', { name: 'Set up this kiosk' })).toBeVisible();
    await checkScreen(page, 'first-run');
  });
});
