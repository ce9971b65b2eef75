/**
 * The console's People and Import and export screens in Chromium against a real central API on PGlite:
 * a roster of 1,000 pupils imported after its five bad rows are put right, a person added and edited
 * with cards from a desk reader, and a member of staff who cannot change anyone's access.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { request } from 'undici';
import { ADMIN, seedSchool, type Central } from '../integration/support/central.js';
import { expectAccessible, screenshots, signInAs, startConsoleCentral } from './support/console-pages.js';

const STAFF = { email: 'staff@school.test', password: 'a-staff-test-password' };
const SHOTS = 'test-results/admin-people';
let school: Awaited<ReturnType<typeof seedSchool>>;
let central: Central;

test.beforeAll(async () => {
  central = await startConsoleCentral();
  school = await seedSchool(central);
  const staff = await central.api<{ id: string }>('POST', '/people', {
    name: 'Sam Staff',
    email: STAFF.email,
    staff: true,
    canLogIn: true,
  });
  await central.api('PUT', `/people/${staff.id}/password`, { password: STAFF.password });
});

test.afterAll(async () => {
  await central?.close();
});

async function openSection(page: Page, label: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

/** The roster's rows under the template's header; `bad` puts a fault into five of them. */
function roster(header: string[], bad: boolean): string {
  const lines = [header.join(',')];
  for (let i = 1; i <= 1000; i += 1) {
    const n = String(i).padStart(4, '0');
    const row: Record<string, string> = {
      name: `Pupil ${n}`,
      email: `pupil.${n}@school.test`,
      department: `Year ${7 + (i % 5)}`,
      school: i % 2 ? 'Belmont' : 'Walker House',
      rfid: `77${n}`,
      barcode: `PB-${n}`,
      staff: 'no',
      lend: 'yes',
      'left at': '',
    };
    if (bad && i === 12) row.email = 'pupil-0012-at-school';
    if (bad && i === 250) row['left at'] = '31/02/2025';
    if (bad && i === 400) row.rfid = '770399';
    if (bad && i === 640) row.name = '';
    if (bad && i === 999) row.staff = 'sometimes';
    lines.push(header.map((h) => row[h] ?? '').join(','));
  }
  return `${lines.join('\n')}\n`;
}

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test('import 1,000 people: the dry run lists the five bad rows by line and column, then the fixed file goes in', async ({
  page,
}) => {
  await signInAs(page, central.url, ADMIN);
  await openSection(page, 'Import and export', 'Import and export');
  await expect(page.getByText('No file checked yet.')).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'import-empty', SHOTS);

  // The template is the import's own header row.
  const [template] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the people template' }).click(),
  ]);
  expect(template.suggestedFilename()).toBe('people-template.csv');
  const header = readFileSync((await template.path())!, 'utf8')
    .trim()
    .split(',');
  expect(header).toEqual([
    'name',
    'email',
    'department',
    'school',
    'rfid',
    'barcode',
    'staff',
    'lend',
    'left at',
  ]);

  const picker = page.getByLabel('Choose a CSV file of people to check');
  await picker.setInputFiles(csv('roster.csv', roster(header, true)));
  await expect(page.getByRole('heading', { name: 'roster.csv has 5 problems' })).toBeVisible();
  const problems = page.getByRole('table', { name: 'Problems in the file, by line' }).getByRole('row');
  await expect(problems).toHaveCount(6);
  const cells = async (i: number) => (await problems.nth(i).getByRole('cell').allInnerTexts()).slice(0, 3);
  expect(await cells(1)).toEqual(['13', 'email', 'pupil-0012-at-school']);
  expect(await cells(2)).toEqual(['251', 'left at', '31/02/2025']);
  expect(await cells(3)).toEqual(['401', 'rfid', '770399']);
  expect((await cells(4)).slice(0, 2)).toEqual(['641', 'name']);
  expect(await cells(5)).toEqual(['1000', 'staff', 'sometimes']);
  await expect(problems.nth(3)).toContainText('also on line 400');
  await expect(page.getByRole('button', { name: /^Import \d+ people$/ })).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, 'import-report', SHOTS);
  await page.screenshot({ path: 'docs/screenshots/console-import-report.png', fullPage: true });

  // The report waits while the technician looks at another screen.
  await openSection(page, 'People', 'People');
  await openSection(page, 'Import and export', 'Import and export');
  await expect(page.getByRole('heading', { name: 'roster.csv has 5 problems' })).toBeVisible();

  await page
    .getByLabel('Choose a CSV file of people to check')
    .setInputFiles(csv('roster-fixed.csv', roster(header, false)));
  await expect(page.getByRole('heading', { name: 'roster-fixed.csv is ready to import' })).toBeVisible();
  const counts = page.locator('.import-counts');
  await expect(counts).toContainText('To create1,000');
  await page.getByRole('button', { name: 'Import 1,000 people' }).click();
  await expect(page.getByRole('heading', { name: 'Imported roster-fixed.csv' })).toBeVisible();
  await expect(counts).toContainText('Created1,000');
  await expectAccessible(page);
  await screenshots(page, 'import-done', SHOTS);

  // The export writes everyone back out in the columns the import reads.
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export people' }).click(),
  ]);
  expect(exported.suggestedFilename()).toBe('people.csv');
  const exportedLines = readFileSync((await exported.path())!, 'utf8')
    .trim()
    .split('\n');
  expect(exportedLines).toHaveLength(1 + 1000 + 5);
  expect(exportedLines.some((l) => l.includes('pupil.0641@school.test'))).toBe(true);
  await expect(page.getByText('people.csv is downloaded.')).toBeVisible();

  await openSection(page, 'People', 'People');
  const search = page.getByRole('searchbox', { name: 'Search people' });
  await search.fill('Pupil 0641');
  await search.press('Enter');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('pupil.0641@school.test');
  // A card tapped on the desk reader finds its owner.
  await search.fill('770400');
  await search.press('Enter');
  await expect(rows.nth(1)).toContainText('Pupil 0400');
  await search.fill('Walker House');
  await search.press('Enter');
  await expect(page.getByText('500 matches')).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'people-list', SHOTS);
});

test('a 100,000-row file shows a progress bar while it goes up and is checked', async ({ page }) => {
  await signInAs(page, central.url, ADMIN);
  await openSection(page, 'Import and export', 'Import and export');
  const rows = ['name,email,school'];
  for (let i = 1; i <= 100_000; i += 1) rows.push(`Big Pupil ${i},big.${i}@school.test,Belmont`);
  // Every label the bar shows, however briefly: on a fast machine a phase can pass between two polls.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const label = document.querySelector('.progress__label')?.textContent;
      if (label && !seen.includes(label)) seen.push(label);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page
    .getByLabel('Choose a CSV file of people to check')
    .setInputFiles(csv('whole-trust.csv', `${rows.join('\n')}\n`));
  await page.screenshot({ path: `${SHOTS}/import-progress-1366x768.png` });
  await expect(page.getByRole('heading', { name: 'whole-trust.csv is ready to import' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.locator('.import-counts')).toContainText('To create100,000');
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen.some((label) => label.includes('whole-trust.csv'))).toBe(true);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});

test('add a person with cards from the desk reader, edit them, set a password, and see their loans', async ({
  page,
}) => {
  await central.api('POST', '/loans', {
    borrower: { personId: school.pupil.id },
    items: [{ assetId: school.camera.id }],
  });
  await signInAs(page, central.url, ADMIN);
  await openSection(page, 'People', 'People');
  await page.getByRole('link', { name: 'Add a person' }).click();
  await expect(page.getByRole('heading', { name: 'Add a person', level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Name', { exact: true }).fill('Priya Shah');
  await page.getByLabel('Email', { exact: true }).fill(ADMIN.email);
  await page.getByLabel('School', { exact: true }).fill('Belmont');
  await page.getByLabel('Department or year group').fill('Year 12');
  // A keyboard-mode reader types the card's number and presses Enter: the card is added, nothing is saved.
  const card = page.getByLabel('Tap or type a card number');
  await card.pressSequentially('0013961170');
  await card.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'RFID card 0013961170 added' })).toBeVisible();
  await page.getByRole('radio', { name: 'Barcode card' }).check();
  await card.fill('p-30112');
  await card.press('Enter');
  await expect(page.getByText('P-30112', { exact: true })).toBeVisible();
  await page.getByLabel('Can sign in').check();
  await page.getByRole('button', { name: 'Add person' }).click();
  // The server's sentence sits beside the field it is about.
  await expect(page.getByText('Another person already has this email address').first()).toBeVisible();
  await expect(page.getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await screenshots(page, 'person-new-refused', SHOTS);

  await page.getByLabel('Email', { exact: true }).fill('priya.shah@school.test');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { name: 'Priya Shah', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Priya Shah is added.')).toBeVisible();

  await page.getByLabel('Department or year group').fill('Year 13');
  await page.getByLabel('May borrow').uncheck();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Priya Shah is saved.')).toBeVisible();
  await page.getByLabel('New password').fill('priya-first-password');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByText('A password is set for Priya Shah.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nothing out now' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'person-page', SHOTS);

  await page.reload();
  await expect(page.getByLabel('Department or year group')).toHaveValue('Year 13');
  await expect(page.getByLabel('May borrow')).not.toBeChecked();
  await expect(page.getByLabel('Can sign in')).toBeChecked();
  await expect(page.getByText('0013961170', { exact: true })).toBeVisible();

  await openSection(page, 'People', 'People');
  const search = page.getByRole('searchbox', { name: 'Search people' });
  await search.fill('P-30112');
  await search.press('Enter');
  const found = page.getByRole('table').getByRole('row').nth(1);
  await expect(found).toContainText('Priya Shah');
  await expect(found).toContainText('Pupil, may not borrow');

  await search.fill('Amira');
  await search.press('Enter');
  await page.getByRole('link', { name: 'Amira Khan' }).click();
  const out = page.getByRole('table', { name: 'Loans out now' });
  await expect(out).toContainText('Canon EOS R50');
  await expect(out).toContainText('KD-00001');
  await expectAccessible(page);
  await screenshots(page, 'person-with-loan', SHOTS);
});

test('a member of staff cannot change anyone’s access, in the console or through the API', async ({
  page,
}) => {
  await signInAs(page, central.url, STAFF);
  await openSection(page, 'People', 'People');
  const search = page.getByRole('searchbox', { name: 'Search people' });
  await search.fill('Okafor');
  await search.press('Enter');
  await page.getByRole('link', { name: 'Ms Okafor' }).click();
  await expect(page.getByRole('heading', { name: 'Ms Okafor', level: 1 })).toBeVisible();
  for (const flag of ['Staff', 'Can sign in', 'Admin'])
    await expect(page.getByLabel(flag, { exact: true })).toBeDisabled();
  await expect(page.getByLabel('Email', { exact: true })).toBeDisabled();
  await expect(page.getByLabel('May borrow')).toBeEnabled();
  await expect(page.getByText('Only an admin can change this.').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Set password' })).toHaveCount(0);
  // Someone else's kiosk PIN is for them or an admin to set.
  await expect(page.getByRole('button', { name: 'Set kiosk PIN' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, 'person-as-staff', SHOTS);

  // What staff may change still saves.
  await page.getByLabel('Department or year group').fill('Drama');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Ms Okafor is saved.')).toBeVisible();

  await openSection(page, 'Import and export', 'Import and export');
  await expect(page.getByRole('radio', { name: /People/ })).toBeDisabled();
  await expect(page.getByRole('radio', { name: /Assets/ })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Export people' })).toBeDisabled();

  // Past the console, the API refuses the same changes.
  const login = await request(`${central.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(STAFF),
  });
  const { accessToken } = (await login.body.json()) as { accessToken: string };
  for (const change of [{ isAdmin: true }, { staff: false }, { canLogIn: true }]) {
    const res = await request(`${central.url}/people/${school.teacher.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify(change),
    });
    expect(res.statusCode, JSON.stringify(change)).toBe(403);
    expect(((await res.body.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  }
  const teacher = await central.api<{ staff: boolean; isAdmin: boolean }>(
    'GET',
    `/people/${school.teacher.id}`,
  );
  expect(teacher).toMatchObject({ staff: true, isAdmin: false });
});

test('an admin sets a member of staff’s kiosk PIN, typed twice and never shown back', async ({ page }) => {
  await signInAs(page, central.url, ADMIN);
  await page.goto(`${central.url}/admin/people/${school.teacher.id}`);
  await expect(page.getByRole('heading', { name: 'Ms Okafor', level: 1 })).toBeVisible();
  const pin = page.getByLabel('New PIN');
  const again = page.getByLabel('The same PIN again');
  await pin.fill('12');
  await page.getByRole('button', { name: 'Set kiosk PIN' }).click();
  await expect(pin).toHaveAccessibleDescription(/A staff PIN is 4 to 8 digits\./);
  await pin.fill('2468');
  await again.fill('2469');
  await page.getByRole('button', { name: 'Set kiosk PIN' }).click();
  await expect(again).toHaveAccessibleDescription(/The two PINs differ/);
  await again.fill('2468');
  await page.getByRole('button', { name: 'Set kiosk PIN' }).click();
  await expect(page.getByText("Ms Okafor's kiosk PIN is set.")).toBeVisible();
  await expect(pin).toHaveValue('');
  await expectAccessible(page);
  await screenshots(page, 'person-staff-pin', SHOTS);
  const history = await central.api<{ items: { description: string }[] }>(
    'GET',
    `/people/${school.teacher.id}/history`,
  );
  expect(history.items.map((e) => e.description)).toContain('The staff PIN of Ms Okafor was set.');
});
