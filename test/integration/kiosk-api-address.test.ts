import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KioskCore } from '../../electron/core/index.js';
import { tap } from '../../electron/core/testing/credentials.js';
import {
  ADMIN,
  enrolmentCode,
  openLinesOnServer,
  seedSchool,
  startCentral,
  type Central,
} from './support/central.js';
import { checkout, enrolledKiosk, kioskDataDir } from './support/kiosk.js';
import { startReverseProxy, type ReverseProxy } from './support/reverse-proxy.js';

/**
 * Settings → "Central API address" on an enrolled kiosk: the kiosk moves to a new address only after
 * checking that it answers and knows this kiosk (the same school), and then sync, the nudge stream and
 * staff calls all use it without a restart. The new address is a reverse proxy in front of the same API.
 */
const STAFF_CARD = '0E0D0C0B0A';

describe('moving an enrolled kiosk to a new API address', () => {
  let central: Central;
  let otherSchool: Central;
  let proxy: ReverseProxy;
  let kiosk: KioskCore;
  let school: Awaited<ReturnType<typeof seedSchool>>;
  const dataDir = kioskDataDir();

  beforeAll(async () => {
    central = await startCentral('pglite');
    otherSchool = await startCentral('pglite');
    school = await seedSchool(central);
    await central.api('POST', '/people', { name: 'Mr Hale', rfid: STAFF_CARD, staff: true });
    proxy = await startReverseProxy(central.url);
    kiosk = await enrolledKiosk(central.url, await enrolmentCode(central, 'Hall kiosk'), dataDir);
  });
  afterAll(async () => {
    await kiosk?.close();
    await proxy?.close();
    await otherSchool?.close();
    await central?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Settings are a staff-only change: each save follows a staff card's tap, as at the kiosk.
  const settingsWith = async (apiUrl: string) => {
    await kiosk.feed(tap(STAFF_CARD));
    return { ...(await kiosk.handlers['station.info']({})).settings, apiUrl };
  };

  it('refuses an address where nothing answers, and keeps the one in use', async () => {
    const nowhere = 'http://127.0.0.1:9';
    await expect(kiosk.handlers['station.saveSettings'](await settingsWith(nowhere))).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('Nothing answers at http://127.0.0.1:9'),
    });
    expect((await kiosk.handlers['station.info']({})).settings.apiUrl).toBe(central.url);
  });

  it('refuses another school’s Kitdesk, which does not know this kiosk, and saves nothing else either', async () => {
    const before = await kiosk.handlers['station.info']({});
    const moved = { ...(await settingsWith(otherSchool.url)), soundsOn: !before.settings.soundsOn };
    await expect(kiosk.handlers['station.saveSettings'](moved)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('does not know this kiosk'),
    });
    expect((await kiosk.handlers['station.info']({})).settings).toEqual(before.settings);
  });

  it('moves to the same school’s new address: sync and staff calls go there at once', async () => {
    const info = await kiosk.handlers['station.saveSettings'](await settingsWith(proxy.url));
    expect(info.settings.apiUrl).toBe(proxy.url);

    const lent = await checkout(kiosk, '67003B51C6', ['KD-00001']);
    expect(lent.phase).toBe('receipt');
    await kiosk.handlers['session.cancel']({});
    const status = await kiosk.handlers['sync.now']({});
    expect(status).toMatchObject({ online: true, pendingEvents: 0 });
    expect(proxy.count('forward', '/sync/events')).toBe(1);
    expect(await openLinesOnServer(central, school.camera.id)).toBe(1);
    expect(proxy.count('forward', '/sync/stream')).toBeGreaterThanOrEqual(1);

    await kiosk.handlers['staff.signIn']({ email: ADMIN.email, password: ADMIN.password });
    expect(proxy.count('forward', '/auth/login')).toBe(1);

    // Only the new address is used: with it down, the kiosk is offline though the old one still answers.
    proxy.setMode('unreachable');
    expect((await kiosk.handlers['sync.now']({})).online).toBe(false);
    proxy.setMode('forward');
    expect((await kiosk.handlers['sync.now']({})).online).toBe(true);
  });
});
