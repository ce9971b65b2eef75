import { enrolmentCode } from '../integration/support/central.js';
import { atWelcome, defaultKioskOptions, expect, test } from './support/kiosk-fixture.js';

test.describe('the staff area', () => {
  test('opens after a staff card tap: search, sync and settings', async ({ page, kiosk }) => {
    const { teacher } = kiosk.school;
    await atWelcome(page);
    await kiosk.tapCard(teacher.rfid);
    await page.getByRole('button', { name: 'Staff menu' }).click();

    const search = page.getByRole('searchbox', { name: 'Name, label or card number' });
    await search.fill('Blackmagic');
    const equipment = page.getByRole('region', { name: 'Equipment (1)' });
    await expect(equipment).toContainText('Blackmagic Pocket 6K');
    await expect(equipment).toContainText('KD-00002 · £1,500.00');
    await expect(equipment).toContainText('Available');
    await search.fill('KD-00201');
    await expect(page.getByRole('region', { name: 'Equipment (1)' })).toContainText('On loan');
    await search.fill('Reed');
    await expect(page.getByRole('region', { name: 'People (1)' })).toContainText('May not borrow');
    await kiosk.screenshot('13-staff-search');

    // A scanner typing into the focused search box fills the box; it is not a scan.
    await search.fill('');
    await page.keyboard.type('KD-00001');
    await page.keyboard.press('Enter');
    await expect(search).toHaveValue('KD-00001');
    expect((await kiosk.core.handlers['session.get']({})).lines).toEqual([]);

    await page.getByRole('button', { name: 'Sync', exact: true }).click();
    const sync = page.locator('.sync');
    await expect(sync).toContainText('Media block kiosk');
    await expect(sync).toContainText(/Connection\s*Online/);
    // The central API goes away: the kiosk says so, and why, and carries on.
    await kiosk.central.stop();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(sync).toContainText(/Connection\s*Offline since /);
    await expect(page.getByText('Last problem')).toBeVisible();
    await kiosk.screenshot('14-staff-sync');
    await kiosk.central.restart();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(sync).toContainText(/Connection\s*Online/);
    await expect(page.getByText('Last problem')).toHaveCount(0);

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: '10 seconds more' }).click();
    await page.getByLabel('Play sounds').uncheck();
    await kiosk.screenshot('15-staff-settings');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    expect((await kiosk.core.handlers['station.info']({})).settings).toMatchObject({
      idleTimeoutSeconds: 70,
      soundsOn: false,
      role: 'self-service',
    });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await atWelcome(page);
  });

  test('turns the kiosk into a return desk from its settings', async ({ page, kiosk }) => {
    await atWelcome(page);
    await kiosk.tapCard(kiosk.school.teacher.rfid);
    await page.getByRole('button', { name: 'Staff menu' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel(/A staff return desk/).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('heading', { name: 'Return desk' })).toBeVisible();
    await kiosk.scanLabel(kiosk.school.recorder.barcode);
    await page.getByRole('button', { name: 'Returns' }).click();
    await expect(page.getByRole('table', { name: 'Coming back' })).toContainText('Zoom H5 recorder');
  });
});

test.describe('a kiosk that is not enrolled yet', () => {
  test.use({ kioskOptions: { ...defaultKioskOptions, enrolled: false } });

  test('asks for the central API and an enrolment code, says why enrolment failed, then enrols', async ({
    page,
    kiosk,
  }) => {
    await expect(page.getByRole('heading', { name: 'Set up this kiosk' })).toBeVisible();
    await page.getByLabel('Central API address').fill(kiosk.central.url);
    await page.getByLabel('Enrolment code').fill('ENROL-123456');
    await page.getByRole('button', { name: 'Enrol this kiosk' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'This enrolment code is not valid: it may have been used or have expired. Ask an admin for a new one.',
    );
    expect((await kiosk.core.handlers['station.info']({})).firstRun).toBe(true);
    await kiosk.screenshot('16-first-run');
    await page.getByRole('button', { name: 'Open diagnostics' }).click();
    await expect(page.getByRole('heading', { name: 'Hardware diagnostics' })).toBeVisible();
    await page.getByRole('button', { name: 'Close diagnostics' }).click();

    // The one-time code an admin made for this kiosk: it enrols, pulls the school and takes a tap.
    const code = await enrolmentCode(kiosk.central, 'Media block kiosk', kiosk.school.deskLocationId);
    await page.getByLabel('Central API address').fill(kiosk.central.url);
    await page.getByLabel('Enrolment code').fill(code);
    await page.getByRole('button', { name: 'Enrol this kiosk' }).click();
    await atWelcome(page);
    await kiosk.tapCard(kiosk.school.pupil.rfid);
    await expect(page.getByRole('heading', { name: 'Hello, Amira Khan' })).toBeVisible();
  });
});
