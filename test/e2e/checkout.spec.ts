import type { AssetWithLoan } from '../../domain/api/assets.js';
import { formatDue } from '../../ui/format/dates.js';
import { openItemLinesOnServer } from '../integration/support/central.js';
import { atWelcome, expect, test } from './support/kiosk-fixture.js';

test.describe('self-service checkout', () => {
  test('lends a kit once every tagged part is scanned and every accessory ticked', async ({
    page,
    kiosk,
  }) => {
    const { pupil, members } = kiosk.school;
    await atWelcome(page);
    await kiosk.screenshot('01-welcome');

    await kiosk.tapCard(pupil.rfid);
    await expect(page.getByRole('heading', { name: 'Hello, Amira Khan' })).toBeVisible();
    await kiosk.scanLabel(members[0]!.barcode);
    await expect(page.getByRole('status').getByText('LS 300D light added.')).toBeVisible();

    const kit = page.getByRole('region', { name: 'Aperture LS 300D kit' });
    await expect(kit.getByText('Yoke')).toBeVisible();
    await expect(kit.getByText('Scan its label')).toHaveCount(2);
    await expect(page.getByRole('list', { name: 'What stops this loan' })).toContainText(
      'The Aperture LS 300D kit goes out complete: please scan',
    );
    const borrow = page.getByRole('button', { name: /^Borrow/ });
    await expect(borrow).toBeDisabled();
    await kiosk.screenshot('02-basket-kit-incomplete');

    await kiosk.scanLabel(members[1]!.barcode);
    await kiosk.scanLabel(members[2]!.barcode);
    await expect(kit.getByText('Scanned')).toHaveCount(3);
    await kit.getByRole('checkbox', { name: 'Power cable' }).click();
    await kit.getByRole('checkbox', { name: 'Reflector' }).click();
    await expect(kit.getByText('Complete')).toBeVisible();
    await expect(borrow).toHaveText('Borrow 3 items');
    await expect(borrow).toBeEnabled();
    await kiosk.screenshot('03-basket-kit-complete');

    await borrow.click();
    await expect(page.getByRole('heading', { name: 'All done, Amira Khan' })).toBeVisible();
    const receipt = (await kiosk.core.handlers['session.get']({})).receipt!;
    await expect(page.getByText(formatDue(receipt.dueAt, { timeZone: 'Europe/London' }))).toBeVisible();
    for (const name of ['LS 300D light', 'Yoke', 'Power adapter', 'Power cable', 'Reflector']) {
      await expect(page.getByRole('listitem').filter({ hasText: name })).toBeVisible();
    }
    expect(receipt.accessories.sort()).toEqual(['Power cable', 'Reflector']);
    // The kiosk pushed the loan at once and the central API took it: every part is on the kiosk's loan.
    for (const member of members) {
      await expect
        .poll(
          async () => (await kiosk.central.api<AssetWithLoan>('GET', `/assets/${member.id}`)).allocationId,
        )
        .toBe(receipt.allocationId);
    }
    expect((await kiosk.core.handlers['sync.status']({})).pendingEvents).toBe(0);
    await kiosk.screenshot('04-receipt');

    await page.getByRole('button', { name: 'Finish' }).click();
    await atWelcome(page);
  });

  test('lends a kit without the accessory a partial return left on another loan, shown as still out', async ({
    page,
    kiosk,
  }) => {
    const { pupil, recorder, mic, windshield, xlr, deskLocationId } = kiosk.school;
    // Jamie brought the sound kit back without its windshield; the kiosk learns of it by its next pull.
    await kiosk.central.api('POST', '/returns', {
      items: [{ assetId: recorder.id }, { assetId: mic.id }],
      confirmedGroupItemIds: [xlr.id],
      partial: true,
      locationId: deskLocationId,
    });
    await kiosk.core.handlers['sync.now']({});
    await atWelcome(page);
    await kiosk.tapCard(pupil.rfid);
    await kiosk.scanLabel(recorder.barcode);
    await kiosk.scanLabel(mic.barcode);

    const kit = page.getByRole('region', { name: 'Zoom H5 sound kit' });
    await expect(kit.getByText('Scanned')).toHaveCount(2);
    await expect(kit.getByRole('checkbox')).toHaveCount(1);
    await expect(kit.locator('.tick--out')).toHaveText(/Windshield\s*Still out on another loan/);
    await kit.getByRole('checkbox', { name: 'XLR cable' }).click();
    await expect(kit.getByText('Complete')).toBeVisible();
    await kiosk.screenshot('39-basket-kit-accessory-still-out');

    await page.getByRole('button', { name: 'Borrow 2 items' }).click();
    await expect(page.getByRole('heading', { name: 'All done, Amira Khan' })).toBeVisible();
    const receipt = (await kiosk.core.handlers['session.get']({})).receipt!;
    expect(receipt.accessories).toEqual(['XLR cable']);
    // The central API took the loan from the outbox: no conflict, and the windshield stays on Jamie's loan.
    await expect.poll(async () => (await kiosk.core.handlers['sync.status']({})).pendingEvents).toBe(0);
    expect((await kiosk.core.handlers['sync.status']({})).openConflicts).toBe(0);
    expect(await openItemLinesOnServer(kiosk.central, windshield.id)).toBe(1);
  });

  test('takes scans from a keyboard-wedge scanner when no text field has focus', async ({ page, kiosk }) => {
    await atWelcome(page);
    await kiosk.tapCard(kiosk.school.pupil.rfid);
    await expect(page.getByRole('heading', { name: 'Hello, Amira Khan' })).toBeVisible();
    await page.keyboard.type(kiosk.school.camera.barcode);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').getByText('Canon EOS R50 added.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Borrow 1 item' })).toBeEnabled();
  });
});
