import type { Page } from '@playwright/test';
import { ADMIN, openLinesOnServer, openLoansOnServer } from '../integration/support/central.js';
import { atBothSizes } from './support/accessibility.js';
import { defaultKioskOptions, expect, test } from './support/kiosk-fixture.js';

/**
 * The conflict flow: the kiosk ("Media block kiosk") lends the camera to Amira while it cannot reach the
 * central system, and another kiosk ("Library kiosk") lends the same camera to Ms Okafor; hers reaches the
 * server first. Needs attention must say who the central system thinks has it, and put it right there.
 */
const desk = { ...defaultKioskOptions, role: 'return-desk', withConflict: true } as const;

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

type AssetOnServer = { locationId: string | null; allocationId: string | null };
type AuditLine = { action: string; actorKind: string; actorId: string | null };

test.describe('needs attention after two kiosks lent the same camera', () => {
  test.use({ kioskOptions: desk });

  test('names the other borrower and both kiosks, and recording the other loan’s return fixes the central state', async ({
    page,
    kiosk,
  }) => {
    const { camera, teacher, pupil, deskLocationId } = kiosk.school;
    await page.getByRole('button', { name: 'Needs attention (1)' }).click();
    const card = page.getByRole('listitem').filter({ hasText: 'Amira Khan: Canon EOS R50' });
    await expect(card.getByRole('definition').first()).toHaveText(/^Media block kiosk, /);
    await expect(card.getByRole('button', { name: 'Amira Khan', exact: true })).toBeVisible();
    await expect(card.getByRole('button', { name: `Canon EOS R50 ${camera.barcode}` })).toBeVisible();
    const standing = card.locator('.conflict__standing');
    await expect(standing).toContainText(
      `Ms Okafor has Canon EOS R50 (${camera.barcode}): lent at Library kiosk`,
    );
    // The fixes are made on the central system in a person's name: until someone signs in, none is offered.
    await expect(card.getByRole('button', { name: /Record the return/ })).toHaveCount(0);
    await expect(page.getByText(/To put these right, sign in as yourself/)).toBeVisible();
    await atBothSizes(page, kiosk.screenshot, 'k-needs-attention-signed-out');

    await signIn(page);
    const fix = card.getByRole('button', { name: 'Record the return of Ms Okafor’s loan' });
    await expect(fix).toBeVisible();
    await expect(card.getByRole('button', { name: 'Lend it to Amira Khan' })).toBeVisible();
    await atBothSizes(page, kiosk.screenshot, 'k-needs-attention');

    await fix.click();
    await expect(page.getByText('Nothing needs attention.')).toBeVisible();
    await page.getByText('Resolved (1)').click();
    const resolved = page.getByRole('listitem').filter({ hasText: 'Amira Khan: Canon EOS R50' });
    await expect(resolved).toContainText(
      /Resolved by Admin, .+: Recorded the return of Canon EOS R50 from Ms Okafor\./,
    );
    // The record keeps who had it then, in the past tense: the central system no longer says so.
    await expect(resolved.locator('.conflict__standing')).toContainText(
      'The central system saidMs Okafor had',
    );
    await atBothSizes(page, kiosk.screenshot, 'k-needs-attention-resolved');

    // On the central system: Ms Okafor's loan is closed, the camera is in, at this desk, and on no loan.
    expect(await openLoansOnServer(kiosk.central, teacher.id)).toBe(0);
    expect(await openLinesOnServer(kiosk.central, camera.id)).toBe(0);
    expect(await openLoansOnServer(kiosk.central, pupil.id)).toBe(0);
    const onServer = await kiosk.central.api<AssetOnServer>('GET', `/assets/${camera.id}`);
    expect(onServer).toMatchObject({ locationId: deskLocationId, allocationId: null });
    // Audited under the member of staff who signed in at the desk, not under the kiosk.
    const me = await kiosk.central.api<{ person: { id: string } }>('GET', '/auth/me');
    const history = await kiosk.central.api<{ items: AuditLine[] }>('GET', `/assets/${camera.id}/history`);
    expect(history.items.find((e) => e.action === 'loan.return')).toMatchObject({
      actorKind: 'person',
      actorId: me.person.id,
    });

    // The names open the records in the staff area, to check or change them there.
    await resolved.getByRole('button', { name: `Canon EOS R50 ${camera.barcode}` }).click();
    await expect(page.getByRole('heading', { name: 'Equipment: Canon EOS R50' })).toBeVisible();
  });

  test('lends it to the kiosk’s borrower instead, as an override in the staff member’s name', async ({
    page,
    kiosk,
  }) => {
    const { camera, teacher, pupil } = kiosk.school;
    await page.getByRole('button', { name: 'Needs attention (1)' }).click();
    await signIn(page);
    await page.getByRole('button', { name: 'Lend it to Amira Khan' }).click();
    await expect(page.getByText('Nothing needs attention.')).toBeVisible();
    expect(await openLoansOnServer(kiosk.central, teacher.id)).toBe(0);
    expect(await openLoansOnServer(kiosk.central, pupil.id)).toBe(1);
    const onServer = await kiosk.central.api<AssetOnServer>('GET', `/assets/${camera.id}`);
    expect(onServer.allocationId).not.toBeNull();
    const [resolved] = await kiosk.core.handlers['sync.conflicts']({});
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolvedBy: 'Admin',
      resolution: 'Recorded the return of Canon EOS R50 from Ms Okafor and lent it to Amira Khan.',
    });
  });
});
