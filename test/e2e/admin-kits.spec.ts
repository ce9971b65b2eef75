import type { Browser, Page } from '@playwright/test';
import type { AssetWithLoan } from '../../domain/api/assets.js';
import type { GroupDetail } from '../../domain/api/kits.js';
import { ADMIN, type Central } from '../integration/support/central.js';
import { expectAccessible, screenshots, signInAs, startConsoleCentral } from './support/console-pages.js';
import { atWelcome, defaultKioskOptions, expect, test } from './support/kiosk-fixture.js';

/**
 * Kits and reference data in the admin console, in Chromium against a real central API on PGlite: a kit
 * built in the console (members scanned and found, accessories added, renamed, reordered and removed) and
 * then enforced at a real kiosk core after it syncs; the refusals, each as the server's sentence beside
 * the field or row it concerns.
 */
test.use({ kioskOptions: { ...defaultKioskOptions, adminConsole: true } });

async function openConsole(browser: Browser, centralUrl: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, hasTouch: false });
  const page = await context.newPage();
  await signInAs(page, centralUrl, ADMIN);
  return page;
}

const checklist = (page: Page) =>
  page
    .getByRole('list', { name: /^Checklist of/ })
    .getByRole('listitem')
    .locator('strong');

test('a kit of three assets and two accessories built in the console is enforced at a kiosk checkout', async ({
  page,
  kiosk,
  browser,
}) => {
  test.setTimeout(120_000);
  const { central, school } = kiosk;
  const parts = [
    { name: 'Sony ZV-E10', barcode: 'KD-00301' },
    { name: 'Joby GorillaPod', barcode: 'KD-00302' },
    { name: 'Rode VideoMicro', barcode: 'KD-00303' },
  ];
  const ids: string[] = [];
  for (const p of parts) ids.push((await central.api<{ id: string }>('POST', '/assets', p)).id);
  const vlogB = await central.api<{ id: string }>('POST', '/groups', { name: 'Vlog kit B' });
  await central.api('POST', '/assets', { name: 'Tripod 3', barcode: 'KD-00304', groupId: vlogB.id });

  const admin = await openConsole(browser, central.url);
  await admin.getByRole('link', { name: 'Kits' }).click();
  await expect(admin.getByRole('heading', { name: 'Kits', level: 1 })).toBeVisible();
  await expect(admin.getByRole('link', { name: 'Vlog kit B' })).toBeVisible();
  await expectAccessible(admin);
  await screenshots(admin, 'kit-list');

  await admin.getByRole('link', { name: 'New kit' }).click();
  await admin.getByRole('button', { name: 'Create kit' }).click();
  await expect(admin.getByLabel('Name')).toHaveAccessibleDescription(/Give the kit a name/);
  await expectAccessible(admin);
  await admin.getByLabel('Name').fill('Sony vlogging');
  await admin.getByLabel('Description').fill('Camera, grip and microphone for vlogs.');
  await admin.getByRole('button', { name: 'Create kit' }).click();
  await expect(admin.getByRole('heading', { name: 'Sony vlogging', level: 1 })).toBeVisible();
  await expect(admin.getByRole('heading', { name: 'No assets in this kit yet' })).toBeVisible();
  await expect(admin.getByRole('heading', { name: 'No accessories yet' })).toBeVisible();
  await expectAccessible(admin);
  await screenshots(admin, 'kit-new-empty');

  // A USB scanner types the label and presses Enter.
  const scan = admin.getByLabel('Scan a label');
  await scan.fill('KD-00301');
  await scan.press('Enter');
  await expect(admin.getByRole('status')).toHaveText('Sony ZV-E10 is in the kit.');
  await expect(scan).toHaveValue('');
  await scan.fill('KD-00302');
  await scan.press('Enter');
  await expect(admin.getByRole('status')).toHaveText('Joby GorillaPod is in the kit.');

  // Refused by name, the sentence beside the field it came from.
  await scan.fill('KD-00304');
  await scan.press('Enter');
  await expect(scan).toHaveAccessibleDescription(
    /Tripod 3 is in kit Vlog kit B: take it out of that kit first\./,
  );
  await expect(scan).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(admin);
  await screenshots(admin, 'kit-refused-other-kit');
  await scan.fill('KD-99999');
  await scan.press('Enter');
  await expect(scan).toHaveAccessibleDescription(/No asset has the label “KD-99999”/);

  await admin.getByLabel('Find an asset').fill('VideoMicro');
  await admin.getByRole('button', { name: 'Find' }).click();
  await admin.getByRole('button', { name: 'Add Rode VideoMicro to the kit' }).click();
  await expect(admin.getByRole('status')).toHaveText('Rode VideoMicro is in the kit.');
  const members = admin.getByRole('table', { name: /Tagged assets of/ }).getByRole('row');
  await expect(members).toHaveCount(4);

  // Accessories: added, reordered by keyboard, renamed, one removed.
  const accessory = admin.getByLabel('Accessory name');
  for (const name of ['Cold shoe mount', 'Windscreen', 'Spare battery']) {
    await accessory.fill(name);
    await accessory.press('Enter');
    await expect(admin.getByRole('status')).toHaveText(`${name} is on the checklist.`);
  }
  await expect(checklist(admin)).toHaveText(['Cold shoe mount', 'Windscreen', 'Spare battery']);
  const up = admin.getByRole('button', { name: 'Move Spare battery up' });
  await up.focus();
  await admin.keyboard.press('Enter');
  await expect(checklist(admin)).toHaveText(['Cold shoe mount', 'Spare battery', 'Windscreen']);
  await expect(up).toBeFocused();
  await admin.keyboard.press('Enter');
  await expect(checklist(admin)).toHaveText(['Spare battery', 'Cold shoe mount', 'Windscreen']);
  await expect(admin.getByRole('button', { name: 'Move Spare battery down' })).toBeFocused();
  await admin.getByRole('button', { name: 'Rename Windscreen' }).click();
  await admin.getByLabel('New name for Windscreen').fill('Furry windscreen');
  await admin.getByLabel('New name for Windscreen').press('Enter');
  await expect(admin.getByRole('status')).toHaveText('Renamed to Furry windscreen.');
  await admin.getByRole('button', { name: 'Remove Cold shoe mount from the checklist' }).click();
  await expect(checklist(admin)).toHaveText(['Spare battery', 'Furry windscreen']);
  await expectAccessible(admin);
  await screenshots(admin, 'kit-built');

  const kitId = admin.url().split('/').at(-1)!;
  const built = await central.api<GroupDetail>('GET', `/groups/${kitId}`);
  expect(built.members.map((m) => m.name).sort()).toEqual(parts.map((p) => p.name).sort());
  expect(built.items.map((i) => i.name)).toEqual(['Spare battery', 'Furry windscreen']);

  // The kiosk learns of the kit by its next pull; one member scanned asks for the rest and the checklist.
  await kiosk.core.handlers['sync.now']({});
  await atWelcome(page);
  await kiosk.tapCard(school.pupil.rfid);
  await expect(page.getByRole('heading', { name: 'Hello, Amira Khan' })).toBeVisible();
  await kiosk.scanLabel('KD-00302');
  const kit = page.getByRole('region', { name: 'Sony vlogging kit' });
  await expect(kit.getByText('Scan its label')).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Still to do for the kit' })).toContainText(
    'The Sony vlogging kit goes out complete: please scan',
  );
  // The checklist in the console's order, not A to Z.
  await expect(kit.locator('.tick')).toHaveText([/Spare battery/, /Furry windscreen/]);
  const borrow = page.getByRole('button', { name: /borrow/i });
  await expect(borrow).toBeDisabled();
  await kiosk.screenshot('admin-kit-at-kiosk-incomplete');
  await kiosk.scanLabel('KD-00301');
  await kiosk.scanLabel('KD-00303');
  await expect(kit.getByText('Scanned')).toHaveCount(3);
  await kit.getByRole('checkbox', { name: 'Spare battery' }).click();
  await expect(borrow).toBeDisabled();
  await kit.getByRole('checkbox', { name: 'Furry windscreen' }).click();
  await expect(kit.getByText('Complete')).toBeVisible();
  await expect(borrow).toHaveText('Borrow 3 items and 2 accessories');
  await borrow.click();
  await expect(page.getByRole('heading', { name: 'All done, Amira Khan' })).toBeVisible();
  for (const id of ids) {
    await expect
      .poll(async () => (await central.api<AssetWithLoan>('GET', `/assets/${id}`)).allocationId)
      .not.toBeNull();
  }

  // The kit's page says what is out and with whom.
  await admin.reload();
  await expect(admin.getByText('5 of 5 parts are out, with Amira Khan.')).toBeVisible();
  await expect(members.filter({ hasText: 'Sony ZV-E10' })).toContainText('Out with Amira Khan, due back');
  await expect(admin.getByRole('listitem').filter({ hasText: 'Spare battery' })).toContainText(
    'Out with Amira Khan',
  );
  await admin.getByRole('button', { name: 'Remove Sony ZV-E10 from the kit' }).click();
  await expect(members.filter({ hasText: 'Sony ZV-E10' })).toContainText(
    'Sony ZV-E10 is on loan: return it before taking it out of the kit.',
  );
  await expectAccessible(admin);
  await screenshots(admin, 'kit-out');
  await admin.context().close();
});

test.describe('reference data', () => {
  let central: Central;
  test.beforeAll(async () => {
    central = await startConsoleCentral();
    const cupboard = await central.api<{ id: string }>('POST', '/locations', {
      name: 'Media cupboard',
      area: 'Walker House',
    });
    await central.api('POST', '/locations', { name: 'Old darkroom' });
    const cameras = await central.api<{ id: string }>('POST', '/asset-types', {
      name: 'Camera',
      loanPeriodHours: 72,
    });
    for (const n of [1, 2]) {
      await central.api('POST', '/assets', {
        name: `Canon EOS R50 no. ${n}`,
        locationId: cupboard.id,
        homeLocationId: cupboard.id,
        assetTypeId: cameras.id,
      });
    }
  });
  test.afterAll(async () => {
    await central?.close();
  });

  test('locations, asset types and disposal types: added, changed, and deleted only when unused', async ({
    browser,
  }) => {
    const admin = await openConsole(browser, central.url);
    await admin.getByRole('link', { name: 'Reference data' }).click();
    await expect(admin.getByRole('heading', { name: 'Reference data', level: 1 })).toBeVisible();
    await expect(admin.getByRole('link', { name: 'Locations' })).toHaveAttribute('aria-current', 'page');
    const rows = admin.getByRole('table', { name: /Locations/ }).getByRole('row');
    await expect(rows).toHaveCount(3);
    await expectAccessible(admin);
    await screenshots(admin, 'reference-locations');

    await admin.getByRole('button', { name: 'Add location' }).click();
    await expect(admin.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(
      'Give the location a name.',
    );
    await admin.getByLabel('Name', { exact: true }).fill('Drama store');
    await admin.getByLabel('Area', { exact: true }).fill('Walker House');
    await admin.getByRole('button', { name: 'Add location' }).click();
    await expect(admin.getByRole('status')).toHaveText('The location “Drama store” is added.');
    await expect(rows).toHaveCount(4);

    await admin.getByRole('button', { name: 'Edit Drama store' }).click();
    await expect(admin.getByLabel('Name of Drama store')).toBeFocused();
    await admin.getByLabel('Area of Drama store').fill('Main building');
    await admin.keyboard.press('Enter');
    await expect(rows.filter({ hasText: 'Drama store' })).toContainText('Main building');

    // A location in use: refused, with what uses it, on its own row.
    const cupboard = rows.filter({ hasText: 'Media cupboard' });
    await cupboard.getByRole('button', { name: 'Delete Media cupboard' }).click();
    await cupboard.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(cupboard.getByRole('alert')).toHaveText(
      'Location “Media cupboard” cannot be deleted: 2 assets are here and 2 assets have it as their home. ' +
        'Move or change those first, or rename it instead.',
    );
    await expect(rows).toHaveCount(4);
    await expectAccessible(admin);
    await screenshots(admin, 'reference-location-in-use');
    await cupboard.getByRole('button', { name: 'Keep it' }).click();

    const darkroom = rows.filter({ hasText: 'Old darkroom' });
    await darkroom.getByRole('button', { name: 'Delete Old darkroom' }).click();
    await darkroom.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(admin.getByRole('status')).toHaveText('The location is deleted.');
    await expect(rows).toHaveCount(3);

    await admin.getByRole('link', { name: 'Asset types' }).click();
    const types = admin.getByRole('table', { name: /Asset types/ }).getByRole('row');
    await expect(types).toHaveCount(2);
    await admin.getByLabel('Name', { exact: true }).fill('Tripod');
    await admin.getByLabel('Loan period (hours)', { exact: true }).fill('168');
    await admin.getByRole('button', { name: 'Add asset type' }).click();
    await expect(types.filter({ hasText: 'Tripod' })).toContainText('168');
    const camera = types.filter({ hasText: 'Camera' });
    await camera.getByRole('button', { name: 'Delete Camera' }).click();
    await camera.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(camera.getByRole('alert')).toContainText('2 assets have this type');
    await expectAccessible(admin);
    await screenshots(admin, 'reference-asset-types');

    await admin.getByRole('link', { name: 'Disposal types' }).click();
    await expect(admin.getByRole('heading', { name: 'No disposal types yet' })).toBeVisible();
    await expectAccessible(admin);
    await screenshots(admin, 'reference-disposal-types-empty');
    await admin.getByLabel('Name', { exact: true }).fill('Recycled');
    await admin.getByRole('button', { name: 'Add disposal type' }).click();
    await expect(admin.getByRole('table', { name: /Disposal types/ }).getByRole('row')).toHaveCount(2);
    await admin.context().close();
  });
});
