import type { Asset } from '../../domain/index.js';
import { formatDue } from '../../renderer/format/dates.js';
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
        .poll(async () => (await kiosk.central.api<Asset>('GET', `/assets/${member.id}`)).allocationId)
        .toBe(receipt.allocationId);
    }
    expect((await kiosk.core.handlers['sync.status']({})).pendingEvents).toBe(0);
    await kiosk.screenshot('04-receipt');

    await page.getByRole('button', { name: 'Finish' }).click();
    await atWelcome(page);
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
