import type { AttachedDevice } from '../../domain/index.js';
import { atWelcome, expect, test } from './support/kiosk-fixture.js';

/** A USB-serial RFID reader with no USB ids, as a pseudo-terminal looks to the kiosk. */
const ptyReader: AttachedDevice = {
  transport: 'serial',
  path: '/dev/pts/7',
  vendorId: null,
  productId: null,
  serialNumber: null,
  manufacturer: null,
  product: null,
  usagePage: null,
  guess: 'RFID reader (serial)',
  configuredAs: null,
};

test.use({
  kioskOptions: {
    role: 'self-service',
    enrolled: true,
    idleTimeoutSeconds: 60,
    withConflict: false,
    attached: [ptyReader],
  },
});

test.describe('hardware diagnostics', () => {
  test('shows each device’s state, reads and bytes, and drives the demo devices', async ({ page, kiosk }) => {
    await atWelcome(page);
    await page.getByRole('button', { name: 'Diagnostics' }).click();
    const reader = page.getByRole('article', { name: 'Demo card reader (RDM6300)' });
    const scanner = page.getByRole('article', { name: 'Demo item scanner (serial, CR)' });
    await expect(reader.getByText('Connected')).toBeVisible();
    await expect(scanner.getByText('Connected')).toBeVisible();
    await expect(reader.getByText('Nothing yet')).toBeVisible();

    await reader.getByLabel(/Demo: find a person/).fill('Amira');
    await reader.getByRole('button', { name: 'Find' }).click();
    await reader.getByRole('button', { name: 'Tap Amira Khan’s card' }).click();
    await expect(reader.getByText(/^67003B51C6 at \d\d:\d\d:\d\d\.\d{3}$/)).toBeVisible();
    const traffic = page.getByRole('list', { name: 'Device traffic, newest first' });
    await expect(traffic).toContainText('Read 67003B51C6 (em4100)');
    // STX, "67003B51C6", its XOR checksum "CB" in ASCII, ETX: the bytes an RDM6300 sends.
    await expect(traffic).toContainText('0000  02 36 37 30 30 33 42 35 31 43 36 43 42 03');
    await expect(reader.getByRole('definition').filter({ hasText: /^1$/ })).toHaveCount(2);

    // Test reads and device changes are staff-only once the kiosk is enrolled: a teacher taps first.
    await reader.getByLabel(/Demo: find a person/).fill('Okafor');
    await reader.getByRole('button', { name: 'Find' }).click();
    await reader.getByRole('button', { name: 'Tap Ms Okafor’s card' }).click();
    await expect(reader.getByText(/^4B00423C15 at /)).toBeVisible();

    await page.getByRole('button', { name: 'Start test reads' }).click();
    await expect(page.getByText('On: taps and scans are shown below and do nothing else.')).toBeVisible();
    await scanner.getByLabel(/Demo: find an item/).fill(kiosk.catalogue.camera.barcode!);
    await scanner.getByRole('button', { name: 'Scan this label' }).click();
    const testReads = page.getByRole('region', { name: 'Test reads' }).getByRole('listitem');
    await expect(testReads.filter({ hasText: 'KD-00001' })).toContainText('Demo item scanner (serial, CR)');
    await kiosk.screenshot('12-diagnostics');

    const assign = page.getByRole('listitem').filter({ hasText: '/dev/pts/7' });
    await assign.getByLabel('Name').fill('Front desk reader');
    await assign.getByLabel('Role').selectOption('card-reader');
    await assign.getByLabel('Protocol').selectOption('em4100');
    await assign.getByRole('button', { name: 'Use this device' }).click();
    await page.getByRole('button', { name: 'Save configuration' }).click();
    await expect(
      page.getByRole('article', { name: 'Front desk reader' }).getByText('Connected'),
    ).toBeVisible();
    await expect(assign).toContainText('Configured as Front desk reader');
    const saved = await kiosk.core.handlers['devices.getConfig']({});
    expect(saved.devices.find((d) => d.id === 'front-desk-reader')).toMatchObject({
      role: 'card-reader',
      protocol: 'em4100',
      transport: 'serial',
      path: '/dev/pts/7',
    });

    await page.getByRole('button', { name: 'Close diagnostics' }).click();
    // The demo tap before test mode acted: Amira is signed in. The test-mode scan did not reach her basket.
    await expect(page.getByRole('heading', { name: 'Hello, Amira Khan' })).toBeVisible();
    await expect(page.getByText('Your basket is empty.')).toBeVisible();
    expect((await kiosk.core.handlers['devices.status']({})).testMode).toBe(false);
  });
});
