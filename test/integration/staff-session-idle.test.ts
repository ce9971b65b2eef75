import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KioskEventMessage } from '../../domain/index.js';
import { openKioskCore, type KioskCore } from '../../electron/core/index.js';
import { StaffSession } from '../../electron/core/staff/staff-session.js';
import { tap } from '../../electron/core/testing/credentials.js';
import { ManualClock } from '../../electron/core/testing/manual-clock.js';
import { ADMIN, enrolmentCode, seedSchool, startCentral, type Central } from './support/central.js';
import { kioskDataDir } from './support/kiosk.js';

/** Ms Okafor's and Amira Khan's cards in the seeded school. */
const TEACHER_CARD = '4B00423C15';
const PUPIL_CARD = '67003B51C6';

let central: Central;
beforeAll(async () => {
  central = await startCentral('pglite');
  await seedSchool(central);
});
afterAll(async () => {
  await central.close();
});

describe('StaffSession', () => {
  it('ends by itself after ten idle minutes, so the next person at the screen cannot use it', async () => {
    const clock = new ManualClock(Date.now());
    const staff = new StaffSession(() => central.url, clock);
    await staff.signIn(ADMIN.email, ADMIN.password);
    clock.advance(9 * 60_000);
    expect(staff.view()?.name).toBe('Admin');
    clock.advance(10 * 60_000 + 1);
    expect(staff.view()).toBeNull();
  });
});

describe('a self-service kiosk’s staff sign-in', () => {
  let kiosk: KioskCore;
  let clock: ManualClock;
  let staffEvents: unknown[];

  /** A member of staff taps their card, then signs in for the staff area, as at the screen. */
  async function signedInWithCardOn(): Promise<number> {
    clock = new ManualClock(Date.now());
    kiosk = await openKioskCore({ dataDir: kioskDataDir(), clock, sync: { pollMs: 3_600_000 } });
    await kiosk.handlers['station.enrol']({
      apiUrl: central.url,
      code: await enrolmentCode(central, `Library kiosk ${Math.random()}`),
    });
    staffEvents = [];
    kiosk.subscribe((m: KioskEventMessage) => {
      if (m.event === 'staff') staffEvents.push(m.data);
    });
    await kiosk.feed(tap(TEACHER_CARD));
    expect((await kiosk.handlers['session.get']({})).borrower).toMatchObject({ staff: true });
    await kiosk.handlers['staff.signIn']({ email: ADMIN.email, password: ADMIN.password });
    return (await kiosk.handlers['station.info']({})).settings.idleTimeoutSeconds * 1000;
  }
  afterEach(async () => {
    await kiosk.close();
  });

  it('lasts while the staff card is on the session, and the core ends it when the session idles out', async () => {
    const idleMs = await signedInWithCardOn();
    clock.advance(idleMs - 1_000);
    expect(await kiosk.handlers['staff.session']({})).toMatchObject({ name: 'Admin' });

    clock.advance(1_001);
    expect((await kiosk.handlers['session.get']({})).phase).toBe('idle');
    expect(await kiosk.handlers['staff.session']({})).toBeNull();
    // The screen hears it from the core, whether or not it was there to see the session end.
    expect(staffEvents).toEqual([expect.objectContaining({ name: 'Admin' }), null]);
  });

  it('ends when the session is cancelled or passes to a pupil’s card', async () => {
    await signedInWithCardOn();
    await kiosk.handlers['session.cancel']({});
    expect(await kiosk.handlers['staff.session']({})).toBeNull();
    await kiosk.close();

    await signedInWithCardOn();
    await kiosk.feed(tap(PUPIL_CARD));
    expect((await kiosk.handlers['session.get']({})).borrower?.name).toBe('Amira Khan');
    expect(await kiosk.handlers['staff.session']({})).toBeNull();
  });
});
