import type { Page } from '@playwright/test';
import type { Kiosk } from './kiosk-fixture.js';

export const TEACHER_BARCODE = 'S-1001';
export const TEACHER_PIN = '2468';
export const TEACHER_EMAIL = 'okafor@school.test';
const SHOTS = '/tmp/helper-j-shots';

/**
 * Gives the test school's member of staff a printed card barcode, an account that may sign in, and a
 * staff PIN set through the central API as an admin would, then syncs the kiosk so it can check the PIN.
 */
export async function teacherWithPin(kiosk: Kiosk): Promise<void> {
  const { teacher } = kiosk.school;
  await kiosk.central.api('PATCH', `/people/${teacher.id}`, {
    barcode: TEACHER_BARCODE,
    email: TEACHER_EMAIL,
    canLogIn: true,
  });
  await kiosk.central.api('PUT', `/people/${teacher.id}/password`, { password: 'a long enough password' });
  await kiosk.central.api('PUT', `/people/${teacher.id}/staff-pin`, { pin: TEACHER_PIN });
  await kiosk.core.handlers['sync.now']({});
}

/** Types a PIN on the on-screen keypad, one touch per digit. */
export async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
}

/** The screen as it is now at both kiosk sizes, for people to look at. */
export async function shots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}x${height}.png`, fullPage: true });
  }
}
