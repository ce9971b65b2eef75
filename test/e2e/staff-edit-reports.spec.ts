import { ADMIN } from '../integration/support/central.js';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { atWelcome, expect, SCREENSHOT_DIR, test } from './support/kiosk-fixture.js';

type PersonRow = { name: string; department: string | null };
type AssetRow = { estimatedValuePence: number | null; homeLocationId: string | null };

/** A member of staff's card opens the staff area; editing and reports wait for a sign-in. */
async function openStaffArea(page: Page, rfid: string, tapCard: (rfid: string) => Promise<void>) {
  await atWelcome(page);
  await tapCard(rfid);
  await page.getByRole('button', { name: 'Staff menu' }).click();
}

async function signIn(page: Page, password: string) {
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

test.describe('the staff area signed in', () => {
  test('edits a person on the central API and finds the change in search after a sync', async ({
    page,
    kiosk,
  }) => {
    const { pupil } = kiosk.school;
    await openStaffArea(page, kiosk.school.teacher.rfid, kiosk.tapCard);
    const search = page.getByRole('searchbox', { name: 'Name, label or card number' });
    await search.fill('Amira');
    await page.getByRole('button', { name: 'Edit Amira Khan' }).click();

    // A card alone does not open the editor: the screen says why and asks for a sign-in.
    await expect(
      page.getByText(
        'To change people, equipment and kits, sign in as yourself: with your staff card and PIN, or your staff email and password.',
      ),
    ).toBeVisible();
    await signIn(page, 'not-the-password');
    await expect(page.getByRole('alert')).not.toBeEmpty();
    await expect(page.getByText('Signed in as')).toHaveCount(0);
    await kiosk.screenshot('30-staff-sign-in-refused');
    await signIn(page, ADMIN.password);
    await expect(page.getByRole('status').filter({ hasText: 'Signed in as Admin' })).toBeVisible();

    const form = page.getByRole('form', { name: 'Edit Amira Khan' });
    await expect(form.getByLabel('Name')).toHaveValue('Amira Khan');
    // The domain schema refuses an empty name before anything is sent.
    await form.getByLabel('Name').fill('  ');
    await form.getByRole('button', { name: 'Save person' }).click();
    await expect(form.getByText('Fill this in.')).toBeVisible();
    await expect(form.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    await kiosk.screenshot('31-staff-edit-person-invalid');
    expect((await kiosk.central.api<PersonRow>('GET', `/people/${pupil.id}`)).name).toBe('Amira Khan');

    await form.getByLabel('Name').fill('Amira K. Khan');
    await form.getByLabel('Department').fill('Film Studies');
    await form.getByRole('button', { name: 'Save person' }).click();
    await expect(page.getByText('Saved on the central system.')).toBeVisible();
    await kiosk.screenshot('32-staff-edit-person-saved');
    expect(await kiosk.central.api<PersonRow>('GET', `/people/${pupil.id}`)).toMatchObject({
      name: 'Amira K. Khan',
      department: 'Film Studies',
    });

    await page.getByRole('button', { name: 'Sync', exact: true }).click();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.locator('.sync')).toContainText(/Connection\s*Online/);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('button', { name: 'Back to search' }).click();
    await search.fill('Amira');
    const people = page.getByRole('region', { name: 'People (1)' });
    await expect(people).toContainText('Amira K. Khan');
    await expect(people).toContainText('Film Studies · Belmont');
  });

  test('edits an asset’s value in pounds and opens its kit', async ({ page, kiosk }) => {
    const { recorder } = kiosk.school;
    await openStaffArea(page, kiosk.school.teacher.rfid, kiosk.tapCard);
    await page.getByRole('button', { name: 'Reports' }).click();
    await signIn(page, ADMIN.password);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Name, label or card number' }).fill(recorder.barcode);
    await page.getByRole('button', { name: `Edit ${recorder.name}` }).click();

    const form = page.getByRole('form', { name: `Edit ${recorder.name}` });
    const value = form.getByLabel('Estimated value');
    await value.fill('about 300');
    await form.getByRole('button', { name: 'Save equipment' }).click();
    await expect(form.getByText('Enter an amount in pounds, like 650 or 650.50.')).toBeVisible();
    await value.fill('£1,234.5');
    await form.getByRole('button', { name: 'Save equipment' }).click();
    await expect(page.getByText('Saved on the central system.')).toBeVisible();
    await kiosk.screenshot('33-staff-edit-asset');
    expect((await kiosk.central.api<AssetRow>('GET', `/assets/${recorder.id}`)).estimatedValuePence).toBe(
      123_450,
    );

    // Its home, chosen from the central API's locations; "No home location" is allowed, as the model allows.
    const home = form.getByLabel('Home location');
    await expect(home.locator('option:checked')).toHaveText('Drama studio');
    await home.selectOption({ label: 'AV office' });
    await form.getByRole('button', { name: 'Save equipment' }).click();
    await expect(page.getByText('Saved on the central system.')).toBeVisible();
    expect((await kiosk.central.api<AssetRow>('GET', `/assets/${recorder.id}`)).homeLocationId).toBe(
      kiosk.school.deskLocationId,
    );
    await home.selectOption({ label: 'No home location' });
    await form.getByRole('button', { name: 'Save equipment' }).click();
    await expect(page.getByText('Saved on the central system.')).toBeVisible();
    expect((await kiosk.central.api<AssetRow>('GET', `/assets/${recorder.id}`)).homeLocationId).toBeNull();

    await page.getByRole('button', { name: 'Open its kit' }).click();
    const kit = page.getByRole('form', { name: 'Edit Zoom H5 sound' });
    await expect(kit.getByRole('region', { name: 'Parts with a label (2)' })).toContainText(
      'Rode NTG shotgun mic',
    );
    await expect(kit.getByRole('region', { name: 'Accessories to tick (2)' })).toContainText('Windshield');
    await kit.getByLabel('Description').fill('Recorder, shotgun mic, windshield and XLR cable.');
    await kit.getByRole('button', { name: 'Save kit' }).click();
    await expect(page.getByText('Saved on the central system.')).toBeVisible();
    await kiosk.screenshot('34-staff-edit-kit');
  });

  test('shows overdue loans and the two charts, and signs out', async ({ page, kiosk }) => {
    const { jamie, recorder, windshield } = kiosk.school;
    await openStaffArea(page, kiosk.school.teacher.rfid, kiosk.tapCard);
    await page.getByRole('button', { name: 'Reports' }).click();
    await expect(
      page.getByText(
        'To see reports, sign in as yourself: with your staff card and PIN, or your staff email and password.',
      ),
    ).toBeVisible();
    await signIn(page, ADMIN.password);

    const overdue = page.getByRole('region', { name: 'Overdue loans (1)' });
    const row = overdue.getByRole('row', { name: new RegExp(jamie.name) });
    await expect(row).toContainText(recorder.name);
    await expect(row).toContainText(windshield.name);
    await expect(row).toContainText('3 days');

    // One click emails Jamie now; a second click a moment later sends nothing and says when the first went.
    const remind = row.getByRole('button', { name: 'Send reminder' });
    await remind.click();
    const sent = row.getByRole('status');
    await expect(sent).toHaveText(/^Reminder sent to jamie\.ellis@school\.test at \d\d:\d\d$/);
    expect(kiosk.mail.messages.map((m) => [m.to[0], m.subject])).toEqual([
      ['jamie.ellis@school.test', 'Your borrowed equipment is overdue'],
    ]);
    await kiosk.screenshot('38-staff-reminder-sent');
    const at = (await sent.textContent())!.slice(-5);
    await remind.click();
    await expect(row.getByRole('alert')).toHaveText(
      new RegExp(`^An overdue reminder went to jamie\\.ellis@school\\.test at ${at}\\.`),
    );
    await expect(remind).toBeEnabled();
    expect(kiosk.mail.messages).toHaveLength(1);

    const loans = page.getByRole('region', { name: 'Items lent over time' });
    await expect(loans.getByRole('img')).toHaveAccessibleName(
      /^1 loan of 2 items from .* The busiest week was w\/c/,
    );
    await loans.getByRole('button', { name: 'By day' }).click();
    await expect(loans.getByRole('button', { name: 'By day' })).toHaveAttribute('aria-pressed', 'true');
    await expect(loans.getByRole('img')).toHaveAccessibleName(/The busiest day was \d+ \w{3}, with 1 loan\./);
    await loans.getByText('Show the numbers as a table').click();
    await expect(loans.getByRole('table')).toContainText('2');

    const use = page.getByRole('region', { name: 'Time on loan per asset type' });
    await expect(use.getByRole('img')).toHaveAccessibleName(/^Share of time on loan per asset type from/);
    await use.getByText('Show the numbers as a table').click();
    await expect(use.getByRole('table')).toContainText('%');
    await kiosk.screenshot('35-staff-reports');
    // Close enough to read the axes as a person at the screen would.
    await loans.screenshot({ path: join(SCREENSHOT_DIR, '36-staff-loans-chart.png') });
    await use.screenshot({ path: join(SCREENSHOT_DIR, '37-staff-utilisation-chart.png') });

    await page.getByRole('button', { name: 'Sign out of editing and reports' }).click();
    await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
    expect(await kiosk.core.handlers['staff.session']({})).toBeNull();
  });
});
