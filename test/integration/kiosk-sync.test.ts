import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../central-api/testing/test-databases.js';
import type { KioskCore } from '../../electron/core/index.js';
import { label, tap } from '../../electron/core/testing/credentials.js';
import {
  ADMIN,
  enrolmentCode,
  openLinesOnServer,
  seedSchool,
  startCentral,
  type Central,
} from './support/central.js';
import { checkout, enrolledKiosk } from './support/kiosk.js';
import { startReverseProxy } from './support/reverse-proxy.js';

describe.each(databaseKinds)('kiosk ⇄ central API on %s', (kind) => {
  let central: Central;
  let school: Awaited<ReturnType<typeof seedSchool>>;
  const kiosks: KioskCore[] = [];

  beforeAll(async () => {
    central = await startCentral(kind);
    school = await seedSchool(central);
  });
  afterAll(async () => {
    for (const k of kiosks) await k.close();
    await central.close();
  });

  const kiosk = async (name: string, apiUrl = central.url) => {
    const k = await enrolledKiosk(apiUrl, await enrolmentCode(central, name));
    kiosks.push(k);
    return k;
  };

  /** Polls the kiosk's copy for people by name until one is found or the time is up. */
  const findPerson = async (k: KioskCore, name: string, withinMs: number) => {
    const deadline = Date.now() + withinMs;
    let names: string[] = [];
    while (Date.now() < deadline && names.length === 0) {
      await new Promise((r) => setTimeout(r, 50));
      names = (await k.handlers['catalogue.search']({ query: name, limit: 5 })).people.map((p) => p.name);
    }
    return names;
  };

  it('enrols with a one-time code and pulls the whole catalogue', async () => {
    const k = await kiosk('Library kiosk');
    const status = await k.handlers['sync.status']({});
    expect(status).toMatchObject({
      enrolled: true,
      online: true,
      kioskName: 'Library kiosk',
      pendingEvents: 0,
    });
    const found = await k.handlers['catalogue.search']({ query: 'Amira', limit: 5 });
    expect(found.people.map((p) => p.name)).toEqual(['Amira Khan']);
    expect(found.people[0]).not.toHaveProperty('email');
  });

  it('a change made centrally reaches an idle kiosk through the nudge stream, before any timed pull', async () => {
    const k = await kiosk('Nudged kiosk');
    await central.api('POST', '/people', { name: 'Nadia Rahman', rfid: 'AB12CD34' });
    // The kiosk pulls on a timer only once a minute: finding Nadia sooner means the nudge arrived.
    expect(await findPerson(k, 'Nadia', 10_000)).toEqual(['Nadia Rahman']);
  });

  it('the nudge stream comes back after its proxy answered 502 for longer than the stream retries', async () => {
    const proxy = await startReverseProxy(central.url);
    try {
      const k = await kiosk('Proxied kiosk', proxy.url);
      // The API restarts behind the proxy: the stream is cut and every attempt meanwhile answers 502.
      proxy.setMode('bad-gateway');
      await central.api('POST', '/people', { name: 'Olu Adeyemi', rfid: 'AB12CD35' });
      await new Promise((r) => setTimeout(r, 3_500));
      expect(proxy.count('bad-gateway', '/sync/stream')).toBeGreaterThanOrEqual(2);
      proxy.setMode('forward');
      // Olu's nudge went out while the kiosk could not hear it: the reopened stream pulls.
      expect(await findPerson(k, 'Olu', 15_000)).toEqual(['Olu Adeyemi']);
      await central.api('POST', '/people', { name: 'Priya Shah', rfid: 'AB12CD36' });
      expect(await findPerson(k, 'Priya', 5_000)).toEqual(['Priya Shah']);
    } finally {
      await proxy.close();
    }
  });

  it('lends while the API is down; once it is back the loan arrives exactly once', async () => {
    const k = await kiosk('Media kiosk');
    await central.stop();
    const receipt = await checkout(k, '67003B51C6', ['KD-00001']);
    expect(receipt.phase).toBe('receipt');
    const offline = await k.handlers['sync.now']({});
    expect(offline).toMatchObject({ online: false, pendingEvents: 1 });
    expect(offline.offlineSince).not.toBeNull();

    await central.restart();
    const online = await k.handlers['sync.now']({});
    expect(online).toMatchObject({ online: true, pendingEvents: 0, offlineSince: null, openConflicts: 0 });
    expect(await openLinesOnServer(central, school.camera.id)).toBe(1);
    await k.handlers['sync.now']({});
    expect(await openLinesOnServer(central, school.camera.id)).toBe(1);

    // The camera came back through the pull: another kiosk's copy says it is out.
    const other = await kiosk('Sixth form kiosk');
    await other.feed(tap('1234567890'));
    await other.feed(label('KD-00001'));
    const refused = await other.handlers['session.get']({});
    expect(refused.lastScan?.reasons.map((r) => r.code)).toEqual(['asset_on_loan']);
  });

  it('a kit checkout with one part missing is refused, naming the part', async () => {
    const k = await kiosk('Kit kiosk');
    const v = await checkout(
      k,
      '67003B51C6',
      ['KD-00101', 'KD-00102'],
      school.items.map((i) => i.id),
    );
    expect(v.phase).toBe('basket');
    expect(v.lastScan?.reasons.map((r) => r.code)).toEqual(['kit_incomplete']);
    expect(v.lastScan?.message).toContain('please scan Power adapter');
  });

  it('two offline kiosks lend the same item: one loan stands, the other kiosk shows the conflict', async () => {
    const a = await kiosk('Kiosk A');
    const b = await kiosk('Kiosk B');
    await central.stop();
    expect(
      (
        await checkout(
          a,
          '67003B51C6',
          ['KD-00101', 'KD-00102', 'KD-00103'],
          school.items.map((i) => i.id),
        )
      ).phase,
    ).toBe('receipt');
    expect(
      (
        await checkout(
          b,
          '1234567890',
          ['KD-00101', 'KD-00102', 'KD-00103'],
          school.items.map((i) => i.id),
        )
      ).phase,
    ).toBe('receipt');
    await central.restart();
    await a.handlers['sync.now']({});
    const bStatus = await b.handlers['sync.now']({});
    expect(bStatus).toMatchObject({ pendingEvents: 0, openConflicts: 1 });
    for (const m of school.members) expect(await openLinesOnServer(central, m.id)).toBe(1);
    const [conflict] = await b.handlers['sync.conflicts']({});
    expect(conflict).toMatchObject({ kind: 'checkout', status: 'open' });
    expect(conflict?.reasons.map((r) => r.code)).toContain('asset_on_loan');
    expect(conflict?.summary).toContain('Ben Ortiz');
    // Both copies converge: the kit is out to Amira, and Ben's refused loan counts nowhere.
    await a.handlers['sync.now']({});
    for (const k of [a, b]) {
      await k.handlers['session.cancel']({});
      await k.feed(tap('4B00423C15'));
      await k.feed(label('KD-00101'));
      const refused = (await k.handlers['session.get']({})).lastScan?.reasons;
      expect(
        refused?.map((r) => [r.code, r.facts.code === 'asset_on_loan' && r.facts.toThisBorrower]),
      ).toEqual([['asset_on_loan', false]]);
      await k.handlers['session.cancel']({});
      await k.feed(tap('1234567890'));
      expect((await k.handlers['session.get']({})).borrower?.loans).toEqual([]);
    }
    await b.handlers['staff.signIn']({ email: ADMIN.email, password: ADMIN.password });
    const resolved = await b.handlers['sync.resolveConflict']({
      id: conflict!.id,
      action: { kind: 'reason', reason: 'Ben told the kit was already out' },
    });
    expect(resolved[0]).toMatchObject({ status: 'resolved', resolvedBy: ADMIN.name });
  });
});
