import { startReverseProxy } from '../integration/support/reverse-proxy.js';
import { atBothSizes } from './support/accessibility.js';
import { atWelcome, expect, test } from './support/kiosk-fixture.js';

/**
 * Settings → Central API address on an enrolled kiosk. The school's Kitdesk "moves" to a reverse proxy in
 * front of the same API: the kiosk checks the new address before it uses it, and refuses one where
 * nothing answers, keeping the address it has.
 */
test('the kiosk moves to its Kitdesk’s new address after checking it, and refuses one where nothing answers', async ({
  page,
  kiosk,
}) => {
  const proxy = await startReverseProxy(kiosk.central.url);
  try {
    await atWelcome(page);
    await kiosk.tapCard(kiosk.school.teacher.rfid);
    await page.getByRole('button', { name: 'Staff menu' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    const address = page.getByLabel('Central API address');
    await expect(address).toHaveValue(kiosk.central.url);
    await expect(address).toHaveAccessibleDescription(/knows this kiosk as “Media block kiosk”/);
    await atBothSizes(page, kiosk.screenshot, 'k-settings');

    // A touchscreen has no keyboard: touching the field brings keys up on the screen, which type into it.
    await address.click();
    const keys = page.locator('.on-screen-keyboard');
    await expect(keys).toBeVisible();
    await keys.locator('[data-skbtn="/"]').click();
    await expect(address).toHaveValue(`${kiosk.central.url}/`);
    await atBothSizes(page, kiosk.screenshot, 'k-settings-keyboard');

    await address.fill('http://127.0.0.1:9');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Nothing answers at http://127.0.0.1:9: check the address and that this kiosk’s network can reach it. The kiosk keeps using its current address.',
    );
    expect((await kiosk.core.handlers['station.info']({})).settings.apiUrl).toBe(kiosk.central.url);
    await atBothSizes(page, kiosk.screenshot, 'k-settings-address-refused');

    await address.fill(proxy.url);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status')).toHaveText(`Settings saved. The kiosk now uses ${proxy.url}.`);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText('In use now:')).toContainText(proxy.url);
    await atBothSizes(page, kiosk.screenshot, 'k-settings-address-moved');

    // Sync goes through the new address at once, without a restart.
    await page.getByRole('button', { name: 'Sync', exact: true }).click();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.locator('.sync')).toContainText(/Connection\s*Online/);
    expect(proxy.count('forward', '/sync/changes')).toBeGreaterThanOrEqual(1);
  } finally {
    await proxy.close();
  }
});
