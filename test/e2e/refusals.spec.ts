import type { AssetWithLoan } from '../../domain/api/assets.js';
import type { AuditEntry } from '../../domain/index.js';
import type { Page } from '../../domain/api/pagination.js';
import { atWelcome, expect, test } from './support/kiosk-fixture.js';

test.describe('refusals and a staff override', () => {
  test('refuses an asset that is not for loan, in a sentence, and leaves the basket alone', async ({
    page,
    kiosk,
  }) => {
    const { pupil, monitor } = kiosk.school;
    await atWelcome(page);
    await kiosk.tapCard(pupil.rfid);
    await kiosk.scanLabel(monitor.barcode);
    await expect(page.getByRole('alert')).toHaveText(
      'Studio monitor is not for loan. Please leave it where it is kept.',
    );
    await expect(page.getByText('Your basket is empty.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Scan an item to borrow' })).toBeDisabled();
    await kiosk.screenshot('05-refused-cannot-lend');
  });

  test('tells a borrower who may not borrow what to do, and a member of staff can lend anyway', async ({
    page,
    kiosk,
  }) => {
    const { barred, camera, teacher } = kiosk.school;
    await atWelcome(page);
    await kiosk.tapCard(barred.rfid);
    await expect(page.getByRole('heading', { name: 'Hello, Tom Reed' })).toBeVisible();
    await kiosk.scanLabel(camera.barcode);
    const stops = page.getByRole('list', { name: 'What stops this loan' });
    await expect(stops).toHaveText(
      'You can’t borrow equipment at the moment. Please speak to a member of staff.',
    );
    const borrow = page.getByRole('button', { name: 'Borrow 1 item' });
    await expect(borrow).toBeDisabled();
    await kiosk.screenshot('06-refused-borrower');

    await kiosk.tapCard(teacher.rfid);
    await expect(page.getByText('Ms Okafor is helping with this loan.')).toBeVisible();
    await kiosk.screenshot('07-staff-override-offered');
    await page.getByRole('button', { name: 'Member of staff will supervise' }).click();
    await expect(page.getByRole('list', { name: 'Notes on this loan' })).toHaveText(
      'Approved by Ms Okafor: Member of staff will supervise',
    );
    await expect(stops).toHaveCount(0);
    await expect(borrow).toBeEnabled();
    await kiosk.screenshot('08-staff-override-approved');

    await borrow.click();
    await expect(page.getByRole('heading', { name: 'All done, Tom Reed' })).toBeVisible();
    await expect(page.getByText('Approved by Ms Okafor')).toBeVisible();
    // The central API accepted the override too, and keeps who approved it and why in the audit trail.
    const receipt = (await kiosk.core.handlers['session.get']({})).receipt!;
    await expect
      .poll(async () => (await kiosk.central.api<AssetWithLoan>('GET', `/assets/${camera.id}`)).allocationId)
      .toBe(receipt.allocationId);
    const history = await kiosk.central.api<Page<AuditEntry>>('GET', `/people/${teacher.id}/history`);
    expect(history.items.find((e) => e.action === 'loan.override')?.description).toContain(
      'Member of staff will supervise',
    );
  });

  test('says a card it does not know is not recognised', async ({ page, kiosk }) => {
    await atWelcome(page);
    await kiosk.tapCard('FFFFFFFFFF');
    await expect(page.getByRole('alert')).toHaveText(
      'We don’t recognise this card. Please ask a member of staff to register it.',
    );
    await atWelcome(page);
  });
});
