import {
  ADMIN,
  openItemLinesOnServer,
  openLinesOnServer,
  openLoansOnServer,
} from '../integration/support/central.js';
import { defaultKioskOptions, expect, test } from './support/kiosk-fixture.js';

const desk = { ...defaultKioskOptions, role: 'return-desk' } as const;

test.describe('the return desk', () => {
  test.use({ kioskOptions: desk });

  test('finishes a partial return and leaves the missing accessory on loan', async ({ page, kiosk }) => {
    const { recorder, mic, windshield, xlr, jamie } = kiosk.school;
    await expect(page.getByText('Scan the label on each item being returned.')).toBeVisible();
    await kiosk.scanLabel(recorder.barcode);
    const lines = page.getByRole('table', { name: 'Coming back' });
    const recorderRow = lines.getByRole('row', { name: /Zoom H5 recorder/ });
    await expect(recorderRow).toContainText('Jamie Ellis');
    await expect(recorderRow).toContainText('3 days late');
    await expect(recorderRow).toContainText('Belongs elsewhere. Home: Drama studio');
    await kiosk.scanLabel(mic.barcode);
    await expect(lines.getByRole('row')).toHaveCount(3);

    const kit = page.getByRole('region', { name: 'Zoom H5 sound kit' });
    await kit.getByRole('checkbox', { name: 'XLR cable' }).click();
    await expect(kit.getByRole('checkbox', { name: 'XLR cable' })).toBeChecked();
    await expect(page.getByRole('list', { name: 'What stops a full return' })).toHaveText(
      'The Zoom H5 sound kit comes back complete: please tick Windshield.',
    );
    await expect(page.getByRole('button', { name: 'Finish return' })).toBeDisabled();

    await page.getByRole('button', { name: 'Add note on the condition of Rode NTG shotgun mic' }).click();
    await page.getByLabel('Condition of Rode NTG shotgun mic').fill('Foam cover torn');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(lines.getByRole('row', { name: /Rode NTG shotgun mic/ })).toContainText('Foam cover torn');
    await kiosk.screenshot('09-desk-partial-return');

    await page.getByRole('button', { name: 'Finish partial return' }).click();
    const summary = page.getByRole('region', { name: 'Return recorded' });
    await expect(summary).toContainText('Checked in');
    for (const name of ['Zoom H5 recorder', 'Rode NTG shotgun mic', 'XLR cable']) {
      await expect(summary.getByRole('listitem').filter({ hasText: name })).toBeVisible();
    }
    await expect(summary.locator('.return-summary__still-out')).toHaveText(/Still on loan\s*Windshield/);
    await kiosk.screenshot('10-desk-return-recorded');
    // On the central API too: both tagged parts and the cable are back, the windshield is still out.
    await expect.poll(() => openLinesOnServer(kiosk.central, recorder.id)).toBe(0);
    expect(await openLinesOnServer(kiosk.central, mic.id)).toBe(0);
    expect(await openItemLinesOnServer(kiosk.central, xlr.id)).toBe(0);
    expect(await openItemLinesOnServer(kiosk.central, windshield.id)).toBe(1);

    // The recorder is back: the desk now refuses to take it in twice.
    await kiosk.scanLabel(recorder.barcode);
    await expect(page.getByRole('alert')).toHaveText(
      'Zoom H5 recorder is not on loan, so there is nothing to return.',
    );

    // The windshield has no label to scan: the desk lists it as still out, to tick and return on its own.
    const stillOut = page.getByRole('region', { name: 'Accessories still out' });
    const loan = stillOut.getByRole('group', { name: /Zoom H5 sound kit/ });
    await expect(loan).toContainText('Jamie Ellis');
    await expect(loan).toContainText('3 days late');
    await expect(loan.getByRole('checkbox')).toHaveCount(1);
    await loan.getByRole('checkbox', { name: 'Windshield' }).click();
    await expect(loan.getByRole('checkbox', { name: 'Windshield' })).toBeChecked();
    const windshieldRow = lines.getByRole('row', { name: /Windshield/ });
    await expect(windshieldRow).toContainText('Accessory of the Zoom H5 sound kit');
    await expect(windshieldRow).toContainText('Jamie Ellis');
    await expect(windshieldRow).toContainText('3 days late');
    await kiosk.screenshot('18-desk-accessory-still-out');

    await page.getByRole('button', { name: 'Finish return' }).click();
    await expect(summary.getByRole('listitem')).toHaveText(['Windshield']);
    await expect(summary.locator('.return-summary__still-out')).toHaveCount(0);
    await expect(stillOut).toBeHidden();
    await kiosk.screenshot('19-desk-accessory-returned');
    // The central API applied it from the kiosk's outbox: nothing of Jamie's loan is out any more.
    await expect.poll(() => openItemLinesOnServer(kiosk.central, windshield.id)).toBe(0);
    await expect.poll(() => openLoansOnServer(kiosk.central, jamie.id)).toBe(0);
  });
});

test.describe('the return desk with a loan the central API refused', () => {
  test.use({ kioskOptions: { ...desk, withConflict: true } });

  test('shows a refused loan on the needs-attention list and resolves it', async ({ page, kiosk }) => {
    await page.getByRole('button', { name: 'Needs attention (1)' }).click();
    // Two kiosks lent the camera while cut off from the API; the other kiosk's loan got there first.
    const conflict = page.getByRole('listitem').filter({ hasText: 'Amira Khan: Canon EOS R50' });
    await expect(conflict).toContainText('Ms Okafor has Canon EOS R50');
    await expect(conflict).toContainText('Loan');
    await kiosk.screenshot('11-desk-needs-attention');

    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await conflict.getByRole('button', { name: 'Spoke to the borrower' }).click();
    await expect(page.getByText('Nothing needs attention.')).toBeVisible();
    const [resolved] = await kiosk.core.handlers['sync.conflicts']({});
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolution: 'Spoke to the borrower',
      resolvedBy: ADMIN.name,
    });
  });
});
