import { atWelcome, defaultKioskOptions, expect, test } from './support/kiosk-fixture.js';

test.use({ kioskOptions: { ...defaultKioskOptions, demoDevices: true } });

test.describe('hardware diagnostics', () => {
  test('shows each device’s state, the bytes of a real tap, reads, and drives the demo devices', async ({
    page,
    kiosk,
  }) => {
    const { pupil, teacher, camera, monitor } = kiosk.school;
    await atWelcome(page);
    await page.getByRole('button', { name: 'Diagnostics' }).click();
    const reader = page.getByRole('article', { name: 'Card reader (RDM6300)', exact: true });
    const scanner = page.getByRole('article', { name: 'Item scanner (serial, CR)', exact: true });
    const demoReader = page.getByRole('article', { name: 'Demo card reader (RDM6300)' });
    const demoScanner = page.getByRole('article', { name: 'Demo item scanner (serial, CR)' });
    for (const device of [reader, scanner, demoReader, demoScanner]) {
      await expect(device.getByText('Connected')).toBeVisible();
    }
    await expect(reader.getByText('Nothing yet')).toBeVisible();

    await kiosk.tapCard(pupil.rfid);
    await expect(reader.getByText(/^67003B51C6 at \d\d:\d\d:\d\d\.\d{3}$/)).toBeVisible();
    const traffic = page.getByRole('list', { name: 'Device traffic, newest first' });
    await expect(traffic).toContainText('Read 67003B51C6 (em4100)');
    // What came out of the pty: STX, "67003B51C6", its XOR checksum "CB" in ASCII, ETX.
    await expect(traffic).toContainText('0000  02 36 37 30 30 33 42 35 31 43 36 43 42 03');
    await expect(reader.getByRole('definition').filter({ hasText: /^1$/ })).toHaveCount(2);

    // Test reads and device changes are staff-only once the kiosk is enrolled: a teacher taps first, on
    // the demo reader, which sends the same bytes from inside the hardware service.
    await demoReader.getByLabel(/Demo: find a person/).fill('Okafor');
    await demoReader.getByRole('button', { name: 'Find' }).click();
    await demoReader.getByRole('button', { name: 'Tap Ms Okafor’s card' }).click();
    await expect(demoReader.getByText(/^4B00423C15 at /)).toBeVisible();

    await page.getByRole('button', { name: 'Start test reads' }).click();
    await expect(page.getByText('On: taps and scans are shown below and do nothing else.')).toBeVisible();
    await kiosk.scanLabel(camera.barcode);
    const testReads = page.getByRole('region', { name: 'Test reads' }).getByRole('listitem');
    await expect(testReads.filter({ hasText: camera.barcode })).toContainText('Item scanner (serial, CR)');
    await demoScanner.getByLabel(/Demo: find an item/).fill(monitor.barcode);
    await demoScanner.getByRole('button', { name: 'Scan this label' }).click();
    await expect(testReads.filter({ hasText: monitor.barcode })).toContainText(
      'Demo item scanner (serial, CR)',
    );
    await kiosk.screenshot('12-diagnostics');

    // A reader plugged in but not configured yet: a third pty, which the kiosk then opens for real.
    const spare = kiosk.devices.sparePath;
    const assign = page.getByRole('listitem').filter({ hasText: spare });
    await assign.getByLabel('Name').fill('Front desk reader');
    await assign.getByLabel('Role').selectOption('card-reader');
    await assign.getByLabel('Protocol').selectOption('em4100');
    await assign.getByRole('button', { name: 'Use this device' }).click();
    await page.getByRole('button', { name: 'Save configuration' }).click();
    const frontDesk = page.getByRole('article', { name: 'Front desk reader' });
    await expect(frontDesk.getByText('Connected')).toBeVisible();
    await expect(assign).toContainText('Configured as Front desk reader');
    const saved = await kiosk.core.handlers['devices.getConfig']({});
    expect(saved.devices.find((d) => d.id === 'front-desk-reader')).toMatchObject({
      role: 'card-reader',
      protocol: 'em4100',
      transport: 'serial',
      path: spare,
    });
    kiosk.devices.tapCardOnSpare(teacher.rfid);
    await expect(frontDesk.getByText(/^4B00423C15 at /)).toBeVisible();
    await expect(testReads.filter({ hasText: '4B00423C15' }).first()).toContainText('Front desk reader');

    await page.getByRole('button', { name: 'Close diagnostics' }).click();
    // The pty tap before test mode acted: Amira is signed in. The test-mode reads did not reach her basket.
    await expect(page.getByRole('heading', { name: 'Hello, Amira Khan' })).toBeVisible();
    await expect(page.getByText('Your basket is empty.')).toBeVisible();
    expect((await kiosk.core.handlers['devices.status']({})).testMode).toBe(false);
  });
});
