import type { Page as ApiPage } from '../../domain/api/pagination.js';
import type { AuditEntry } from '../../domain/index.js';
import { expectAccessible } from './support/accessibility.js';
import { atWelcome, defaultKioskOptions, expect, test } from './support/kiosk-fixture.js';
import { shots, TEACHER_BARCODE, TEACHER_PIN, teacherWithPin, typePin } from './support/staff-pin.js';

/**
 * Staff authority at the self-service kiosk: a staff card's barcode can be photographed, so alone it
 * approves nothing; with its PIN on the on-screen keypad, or as a tap of the card itself, it does, and
 * only for the session it was given in.
 */
test.describe('staff authority', () => {
  const highValue =
    'Blackmagic Pocket 6K is high-value equipment. A member of staff needs to tap their card to approve it.';

  test('a staff barcode alone does not approve a high-value loan; the barcode and PIN do', async ({
    page,
    kiosk,
  }) => {
    const { pupil, cinema } = kiosk.school;
    await teacherWithPin(kiosk);
    await atWelcome(page);
    await kiosk.tapCard(pupil.rfid);
    await kiosk.scanLabel(cinema.barcode);
    const stops = page.getByRole('list', { name: 'What stops this loan' });
    await expect(stops).toHaveText(highValue);

    await kiosk.scanLabel(TEACHER_BARCODE);
    const keypad = page.getByRole('dialog', { name: 'Staff PIN' });
    await expect(keypad.getByRole('heading', { name: 'Ms Okafor, type your staff PIN' })).toBeVisible();
    await shots(page, 'keypad');
    await expectAccessible(page);
    // Closed without a PIN, the barcode has approved nothing.
    await keypad.getByRole('button', { name: 'Not now' }).click();
    await expect(keypad).toHaveCount(0);
    await expect(stops).toHaveText(highValue);
    await expect(page.getByRole('button', { name: 'Borrow 1 item' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Staff menu' })).toHaveCount(0);

    await kiosk.scanLabel(TEACHER_BARCODE);
    await typePin(page, '1111');
    await keypad.getByRole('button', { name: 'Confirm PIN' }).click();
    await expect(keypad.getByRole('alert')).toHaveText(
      'That PIN is not right. 4 tries left before this card is locked for 15 minutes.',
    );
    await shots(page, 'keypad-wrong-pin');
    await expectAccessible(page);
    await expect(stops).toHaveText(highValue);

    await typePin(page, TEACHER_PIN);
    await keypad.getByRole('button', { name: 'Confirm PIN' }).click();
    await expect(keypad).toHaveCount(0);
    await expect(page.getByText('Ms Okafor is helping with this loan.')).toBeVisible();
    await expect(stops).toHaveCount(0);
    await page.getByRole('button', { name: 'Borrow 1 item' }).click();
    await expect(page.getByRole('heading', { name: 'All done, Amira Khan' })).toBeVisible();
    await expect(page.getByText('Approved by Ms Okafor')).toBeVisible();
  });

  test('a staff tap approves, and its authority is gone for the next pupil', async ({ page, kiosk }) => {
    const { pupil, jamie, cinema, teacher } = kiosk.school;
    await atWelcome(page);
    await kiosk.tapCard(jamie.rfid);
    await kiosk.tapCard(teacher.rfid);
    await expect(page.getByText('Ms Okafor is helping with this loan.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Staff menu' })).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await atWelcome(page);

    // The next pupil inherits nothing: no approval, no staff menu, no maintenance exit.
    await kiosk.tapCard(pupil.rfid);
    await kiosk.scanLabel(cinema.barcode);
    const stops = page.getByRole('list', { name: 'What stops this loan' });
    await expect(stops).toHaveText(highValue);
    await expect(page.getByRole('button', { name: 'Staff menu' })).toHaveCount(0);
    expect(await kiosk.core.handlers['session.get']({})).toMatchObject({
      staff: null,
      authority: { holder: null },
    });
    expect(() => kiosk.core.handlers['station.exit']({})).toThrow(
      /Only a member of staff can close the kiosk/,
    );

    await kiosk.tapCard(teacher.rfid);
    await expect(stops).toHaveCount(0);
    await page.getByRole('button', { name: 'Borrow 1 item' }).click();
    await expect(page.getByText('Approved by Ms Okafor')).toBeVisible();
  });

  test('a member of staff signs the staff area in with a tap and their PIN; the audit names them', async ({
    page,
    kiosk,
  }) => {
    const { teacher, pupil } = kiosk.school;
    await teacherWithPin(kiosk);
    await atWelcome(page);
    await kiosk.tapCard(teacher.rfid);
    await page.getByRole('button', { name: 'Staff menu' }).click();
    await page.getByRole('button', { name: 'Reports' }).click();
    await page.getByRole('button', { name: 'Sign in as Ms Okafor with your PIN' }).click();
    await shots(page, 'staff-pin-sign-in');
    await expectAccessible(page);
    await typePin(page, TEACHER_PIN);
    await page
      .getByRole('form', { name: 'Sign in as Ms Okafor' })
      .getByRole('button', { name: 'Sign in', exact: true })
      .click();
    await expect(page.getByText('Signed in as Ms Okafor')).toBeVisible();

    // What the staff area does now is done on the central API in her name.
    await kiosk.core.handlers['staff.updatePerson']({ id: pupil.id, patch: { department: 'Art' } });
    const mine = await kiosk.central.api<ApiPage<AuditEntry>>('GET', `/people/${teacher.id}/history`);
    expect(mine.items.find((e) => e.action === 'auth.sign_in')?.description).toBe(
      'Ms Okafor signed in at Media block kiosk with their card and PIN.',
    );
    const theirs = await kiosk.central.api<ApiPage<AuditEntry>>('GET', `/people/${pupil.id}/history`);
    expect(theirs.items[0]).toMatchObject({ actorKind: 'person', actorId: teacher.id });
  });

  test('the email and password fallback has keys on the screen', async ({ page, kiosk }) => {
    const { teacher } = kiosk.school;
    await atWelcome(page);
    await kiosk.tapCard(teacher.rfid);
    await page.getByRole('button', { name: 'Staff menu' }).click();
    await page.getByRole('button', { name: 'Reports' }).click();
    await page.getByLabel('Email').click();
    for (const key of ['o', 'k', '@']) await page.locator(`.hg-button[data-skbtn="${key}"]`).click();
    await expect(page.getByLabel('Email')).toHaveValue('ok@');
    await shots(page, 'staff-sign-in-keyboard');
    await expectAccessible(page);
  });
});

test.describe('return desk settings', () => {
  test.use({ kioskOptions: { ...defaultKioskOptions, role: 'return-desk' } });

  test('refuse without staff authority, and save after a staff tap', async ({ page, kiosk }) => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Play sounds').uncheck();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Only a member of staff can change this station’s settings: tap a staff card first (or scan its barcode and type the PIN).',
    );
    await shots(page, 'desk-settings-refused');
    await expectAccessible(page);
    expect((await kiosk.core.handlers['station.info']({})).settings.soundsOn).toBe(true);

    await kiosk.tapCard(kiosk.school.teacher.rfid);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    expect((await kiosk.core.handlers['station.info']({})).settings.soundsOn).toBe(false);
  });
});
