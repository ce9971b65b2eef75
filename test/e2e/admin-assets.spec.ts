import { mkdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { ADMIN, seedSchool, type Central } from '../integration/support/central.js';
import { expectAccessible, screenshots, signInAs, startConsoleCentral } from './support/console-pages.js';
import { atWelcome, defaultKioskOptions, expect, test } from './support/kiosk-fixture.js';

/**
 * The console's asset screens in Chromium against a real central API on PGlite: an asset made with every
 * field and a picture and found again by its barcode; a copy of it; a conflict between two admins; and a
 * disposal that a kiosk refuses after it syncs.
 */
const SHOTS = 'test-results/admin-assets';
const README_SHOTS = 'docs/screenshots';
const SECOND_ADMIN = { email: 'priya.patel@school.test', password: 'another-long-test-password' };

// A British office PC: dates in day/month/year, as the people using it read them.
test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

let central: Central;
let school: Awaited<ReturnType<typeof seedSchool>>;

test.beforeAll(async () => {
  mkdirSync(README_SHOTS, { recursive: true });
  central = await startConsoleCentral();
  school = await seedSchool(central);
  const shed = await central.api<{ id: string }>('POST', '/locations', { name: 'AV shed 2', area: 'MHS' });
  await central.api('POST', '/locations', { name: 'Drama studio', area: 'Walker House' });
  // A catalogue that looks like a school's in the README's screenshot of the list.
  for (const [name, manufacturer, modelId, serialNumber, barcode] of [
    ['Sony FX30', 'Sony', 'ILME-FX30', '5031877', 'KD-00021'],
    ['Zoom H6 recorder', 'Zoom', 'H6', 'ZH6-20418', 'KD-00022'],
    ['Manfrotto 055 tripod', 'Manfrotto', 'MT055XPRO3', 'MF-055-1187', 'KD-00023'],
    ['Rode NTG4+ shotgun mic', 'Rode', 'NTG4+', 'RN4-88120', 'KD-00024'],
    ['Blackmagic ATEM Mini Pro', 'Blackmagic Design', 'ATEM Mini Pro', 'BM-7734410', 'KD-00025'],
  ]) {
    await central.api('POST', '/assets', {
      name,
      manufacturer,
      modelId,
      serialNumber,
      barcode,
      homeLocationId: shed.id,
      locationId: shed.id,
    });
  }
  await central.api('POST', '/asset-types', { name: 'Lighting', loanPeriodHours: 48 });
  await central.api('POST', '/disposal-types', { name: 'Recycle' });
  const priya = await central.api<{ id: string }>('POST', '/people', {
    name: 'Priya Patel',
    email: SECOND_ADMIN.email,
    staff: true,
    isAdmin: true,
    canLogIn: true,
  });
  await central.api('PUT', `/people/${priya.id}/password`, { password: SECOND_ADMIN.password });
});

test.afterAll(async () => {
  await central?.close();
});

/** A picture a person would recognise in a screenshot, drawn by the browser itself as a PNG. */
async function drawnPicture(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 320;
    const g = canvas.getContext('2d')!;
    const sky = g.createLinearGradient(0, 0, 0, 320);
    sky.addColorStop(0, '#0a4a86');
    sky.addColorStop(1, '#0f2740');
    g.fillStyle = sky;
    g.fillRect(0, 0, 480, 320);
    g.fillStyle = '#ffbf47';
    g.fillRect(170, 70, 140, 110);
    g.fillStyle = '#ffffff';
    g.fillRect(232, 180, 16, 100);
    g.font = 'bold 28px sans-serif';
    g.fillText('LS 300D', 180, 40);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('create an asset with every field and a picture, find it by its barcode, and copy it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signInAs(page, central.url, ADMIN);
  await page.getByRole('link', { name: 'Add an asset' }).click();
  await expect(page.getByRole('heading', { name: 'New asset', level: 1 })).toBeVisible();
  await expect(page.getByText('Save the asset first, then add its picture here.')).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'asset-new', SHOTS);

  await field(page, 'Name').fill('Aputure LS 300D');
  await field(page, 'Asset type').selectOption({ label: 'Lighting' });
  await field(page, 'Manufacturer').fill('Aputure');
  await field(page, 'Model').fill('LS C300d II');
  await field(page, 'Serial number').fill('AP300-77121');
  await field(page, 'Colour').fill('Black');
  await field(page, 'Description').fill('Daylight LED with a Bowens mount.\nCarry case has the yoke.');
  await field(page, 'Barcode').fill('KD-T9001');
  await field(page, 'RFID tag').fill('E2000017221101441890AB77');
  await field(page, 'QR code').fill('https://kitdesk.test/a/KD-T9001');
  await field(page, 'Home location').selectOption({ label: 'AV shed 2' });
  await field(page, 'Where it is now').selectOption({ label: 'Drama studio' });
  await field(page, 'Find the owner').fill('Okafor');
  await field(page, 'Find the owner').press('Enter');
  await page.getByRole('button', { name: 'Ms Okafor' }).click();
  await expect(page.getByRole('group', { name: 'Owner' })).toContainText('Ms Okafor');
  await field(page, 'Purchase date').fill('2025-09-01');
  await field(page, 'Supplier').fill('CVP');
  await field(page, 'Estimated value (£)').fill('1,299.99');
  await field(page, 'Warranty').fill('Two years with Aputure UK');
  await field(page, 'High value').selectOption({ label: 'Always high value' });
  await field(page, 'Cannot lend').check();
  await page.getByRole('button', { name: 'Add this asset' }).click();

  await expect(page.getByRole('heading', { name: 'Aputure LS 300D', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Aputure LS 300D was added.' })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/assets\/[0-9a-f-]{36}$/);
  const assetUrl = page.url();

  await page.getByLabel('Picture file').setInputFiles({
    name: 'ls300d.png',
    mimeType: 'image/png',
    buffer: await drawnPicture(page),
  });
  const picture = page.getByRole('img', { name: 'Picture of Aputure LS 300D' });
  await expect(picture).toBeVisible();
  const history = page.getByRole('list', { name: /History of this asset/ });
  await expect(history).toContainText('has a new picture');
  await page.getByRole('button', { name: 'Remove picture' }).click();
  await expect(picture).toHaveCount(0);
  await expect(history).toContainText('no longer has a picture');
  // Dropped from the desktop onto the picture's box.
  const dropped = await page.evaluateHandle(
    async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'ls300d.png', { type: 'image/png' }));
      return transfer;
    },
    (await drawnPicture(page)).toString('base64'),
  );
  await page.locator('.picture-drop__zone').dispatchEvent('drop', { dataTransfer: dropped });
  await expect(picture).toBeVisible();
  await expect(history.getByText('has a new picture')).toHaveCount(2);

  // Everything typed came back from the server as it was sent.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Aputure LS 300D', level: 1 })).toBeVisible();
  await expect(field(page, 'Serial number')).toHaveValue('AP300-77121');
  await expect(field(page, 'Description')).toHaveValue(
    'Daylight LED with a Bowens mount.\nCarry case has the yoke.',
  );
  await expect(field(page, 'Estimated value (£)')).toHaveValue('1299.99');
  await expect(field(page, 'Asset type')).toHaveValue(/[0-9a-f-]{36}/);
  await expect(field(page, 'Purchase date')).toHaveValue('2025-09-01');
  await expect(field(page, 'High value')).toHaveValue('yes');
  await expect(field(page, 'Cannot lend')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Owner' })).toContainText('Ms Okafor');
  await expect(page.getByText('Not on loan.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Picture of Aputure LS 300D' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'asset-page', SHOTS);
  await page.screenshot({ path: `${README_SHOTS}/console-asset-page.png`, fullPage: true });

  // A copy for the next light: prefilled, without the labels and serial that are this one's.
  await page.getByRole('link', { name: 'Duplicate as new' }).click();
  await expect(page.getByRole('heading', { name: 'New asset, copied', level: 1 })).toBeVisible();
  await expect(field(page, 'Name')).toHaveValue('Aputure LS 300D');
  await expect(field(page, 'Manufacturer')).toHaveValue('Aputure');
  await expect(field(page, 'Barcode')).toHaveValue('');
  await expect(field(page, 'Serial number')).toHaveValue('');
  // A label another asset has: refused, and the server's sentence sits under the field that sent it.
  await field(page, 'Barcode').fill('KD-00001');
  await page.getByRole('button', { name: 'Add this asset' }).click();
  await expect(field(page, 'Barcode')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Barcode')).toHaveAccessibleDescription(/KD-00001/);
  await expect(field(page, 'Name')).toHaveValue('Aputure LS 300D');
  await expectAccessible(page);
  await screenshots(page, 'asset-copy-refused', SHOTS);
  await field(page, 'Barcode').fill('KD-T9002');
  await page.getByRole('button', { name: 'Add this asset' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was added' })).toBeVisible();
  expect(page.url()).not.toBe(assetUrl);

  // At the list, a USB scanner types the barcode and presses Enter.
  await page.getByRole('link', { name: '← All assets' }).click();
  const search = page.getByRole('searchbox', { name: 'Search assets' });
  await search.fill('KD-T9001');
  await search.press('Enter');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Aputure LS 300D');
  await expect(rows.nth(1)).toContainText('Cannot lend');
  await expect(rows.nth(1).locator('img.thumbnail')).toBeVisible();
  await rows.nth(1).getByRole('link', { name: 'Aputure LS 300D' }).press('Enter');
  await expect(page).toHaveURL(assetUrl);

  // Filters narrow the whole list; the address keeps them.
  await page.getByRole('link', { name: '← All assets' }).click();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await field(page, 'Status').selectOption({ label: 'Cannot lend' });
  await expect(rows).toHaveCount(4);
  await field(page, 'High value').selectOption({ label: 'High value only' });
  await expect(rows).toHaveCount(3);
  await expect(page).toHaveURL(/status=cannot_lend&highValue=true/);
  await field(page, 'Home').selectOption({ label: 'Drama studio' });
  await expect(page.getByRole('heading', { name: 'No assets fit these filters' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('in the catalogue')).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'asset-list', SHOTS);
  await page.screenshot({ path: `${README_SHOTS}/console-asset-list.png`, fullPage: true });
});

async function consolePage(browser: Browser, who?: typeof SECOND_ADMIN): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' })
  ).newPage();
  await signInAs(page, central.url, who ?? ADMIN);
  await page.goto(`${central.url}/admin/assets/${school.camera.id}`);
  await expect(page.getByRole('heading', { name: 'Canon EOS R50', level: 1 })).toBeVisible();
  return page;
}

test('the second of two admins saving one asset is refused, keeps their values and can put them back', async ({
  browser,
}) => {
  const first = await consolePage(browser);
  const second = await consolePage(browser, SECOND_ADMIN);

  await field(second, 'Colour').fill('Black');
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await field(first, 'Colour').fill('Silver');
  await field(first, 'Supplier').fill('Wex Photo Video');
  await first.getByRole('button', { name: 'Save changes' }).click();
  const conflict = first.getByRole('alert').filter({ hasText: 'was changed by' });
  await expect(conflict).toContainText(/Canon EOS R50 was changed by Priya Patel at .+ reload/);
  await expect(field(first, 'Colour')).toHaveValue('Silver');
  await expect(field(first, 'Supplier')).toHaveValue('Wex Photo Video');
  await expectAccessible(first);
  await screenshots(first, 'asset-conflict', SHOTS);

  await first.getByRole('button', { name: 'Reload their version' }).click();
  await expect(field(first, 'Colour')).toHaveValue('Black');
  await expect(first.getByRole('status').filter({ hasText: 'You had changed 2 fields' })).toBeVisible();
  await first.getByRole('button', { name: 'Put my changes back' }).click();
  await expect(field(first, 'Colour')).toHaveValue('Silver');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await second.reload();
  await expect(field(second, 'Colour')).toHaveValue('Silver');
  await expect(field(second, 'Supplier')).toHaveValue('Wex Photo Video');
  await first.context().close();
  await second.context().close();
});

test.describe('disposal', () => {
  test.use({ kioskOptions: { ...defaultKioskOptions, adminConsole: true } });

  test('an asset disposed of in the console is refused at a kiosk after it syncs', async ({
    page,
    kiosk,
    browser,
  }) => {
    const { camera, pupil } = kiosk.school;
    await kiosk.central.api('POST', '/disposal-types', { name: 'Securely destroyed' });
    const admin = await (
      await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' })
    ).newPage();
    await signInAs(admin, kiosk.central.url, ADMIN);
    // The sound kit went out nine and a half days ago for a week: overdue, and its page says with whom.
    await field(admin, 'Status').selectOption({ label: 'Overdue' });
    const rows = admin.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(3);
    await rows.getByRole('link', { name: kiosk.school.recorder.name }).click();
    const loan = admin.getByRole('region', { name: 'Current loan' });
    await expect(loan).toContainText('Jamie Ellis');
    await expect(loan).toContainText('Overdue');
    await expectAccessible(admin);
    await screenshots(admin, 'asset-on-loan', SHOTS);
    await admin.getByRole('link', { name: '← All assets' }).click();
    await field(admin, 'Status').selectOption({ label: 'Any status' });
    await admin.getByRole('searchbox', { name: 'Search assets' }).fill(camera.barcode);
    await admin.getByRole('searchbox', { name: 'Search assets' }).press('Enter');
    await admin.getByRole('link', { name: camera.name }).click();
    await expect(admin.getByRole('heading', { name: camera.name, level: 1 })).toBeVisible();

    await admin.getByRole('button', { name: `Dispose of ${camera.name} …` }).click();
    await expect(field(admin, 'Date disposed of')).toBeFocused();
    await admin.getByRole('button', { name: 'Dispose of it for good' }).click();
    await expect(field(admin, 'How')).toHaveAttribute('aria-invalid', 'true');
    await field(admin, 'How').selectOption({ label: 'Securely destroyed' });
    await field(admin, 'Reason').fill('Sensor cracked after a fall; not worth repairing.');
    await admin.getByRole('button', { name: 'Dispose of it for good' }).click();
    await expect(admin.getByRole('heading', { name: 'Disposed of' })).toBeVisible();
    await expect(admin.locator('.page-heading').getByText('Disposed')).toBeVisible();
    await expect(admin.getByRole('list', { name: /History of this asset/ })).toContainText(
      /disposed of on \d\d\/\d\d\/\d{4}: Sensor cracked after a fall/,
    );
    await expectAccessible(admin);
    await screenshots(admin, 'asset-disposed', SHOTS);

    await kiosk.core.handlers['sync.now']({});
    await atWelcome(page);
    await kiosk.tapCard(pupil.rfid);
    await kiosk.scanLabel(camera.barcode);
    await expect(page.getByRole('alert')).toHaveText(
      `${camera.name} has been taken out of service and can’t be lent. Please hand it to a member of staff.`,
    );
    await admin.context().close();
  });
});
