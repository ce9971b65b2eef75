import { atWelcome, expect, test } from './support/kiosk-fixture.js';

test.describe('inactivity', () => {
  test('goes back to the welcome screen and forgets the borrower, unless the screen is touched', async ({
    page,
    kiosk,
  }) => {
    const { pupil, camera } = kiosk.school;
    await atWelcome(page);
    await kiosk.tapCard(pupil.rfid);
    await kiosk.scanLabel(camera.barcode);
    await expect(page.getByRole('button', { name: 'Borrow 1 item' })).toBeEnabled();
    const scannedAt = kiosk.clock.now();

    kiosk.clock.advance(40_000);
    await page.getByRole('heading', { name: 'Your basket' }).click();
    // The touch reaches the core as session.touch, which starts the full minute again.
    await expect
      .poll(async () => (await kiosk.core.handlers['session.get']({})).idleAt)
      .toBe(scannedAt + 40_000 + 60_000);
    kiosk.clock.advance(40_000);
    await expect(page.getByRole('heading', { name: 'Hello, Amira Khan' })).toBeVisible();

    kiosk.clock.advance(20_000);
    await atWelcome(page);
    await expect(page.getByText('Amira Khan')).toHaveCount(0);
    const session = await kiosk.core.handlers['session.get']({});
    expect(session).toMatchObject({ phase: 'idle', borrower: null, lines: [] });
    expect((await kiosk.core.handlers['sync.status']({})).pendingEvents).toBe(0);
  });

  test('counts down before it gives up on the borrower, and a touch starts the minute again', async ({
    page,
    kiosk,
  }) => {
    // The page's clock stands still from here on; it and the core's clock are moved on together, from
    // a moment both have still to reach (the core's clock stopped when its stack was set up).
    await page.clock.install();
    await page.reload();
    const from = Date.now() + 1_000;
    await page.clock.pauseAt(from);
    kiosk.clock.advance(from - kiosk.clock.now());
    await atWelcome(page);
    await kiosk.tapCard(kiosk.school.pupil.rfid);
    await kiosk.scanLabel(kiosk.school.camera.barcode);
    await expect(page.getByRole('button', { name: 'Borrow 1 item' })).toBeEnabled();
    const moveOn = async (ms: number) => {
      kiosk.clock.advance(ms);
      await page.clock.fastForward(ms);
    };

    await moveOn(50_000);
    const warning = page.getByText(/^Still there\? This screen goes back to the start in 10 seconds\./);
    await expect(warning).toBeVisible();
    await kiosk.screenshot('17-idle-warning');

    await page.getByRole('heading', { name: 'Your basket' }).click();
    await expect(warning).toHaveCount(0);
    await moveOn(40_000);
    await expect(page.getByText(/^Still there/)).toHaveCount(0);
    await moveOn(8_000);
    await expect(page.getByText(/goes back to the start in 12 seconds/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Borrow 1 item' })).toBeEnabled();
  });
});
