import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId, type Change, type DeviceEvent, type KioskEventMessage } from '../../../domain/index.js';
import { openKioskCore, type KioskCore } from '../index.js';
import { CatalogueReader } from '../store/catalogue-reader.js';
import { loanChanges, schoolFixture, seededStore } from '../testing/catalogue-fixture.js';
import { tap } from '../testing/credentials.js';
import { ManualClock } from '../testing/manual-clock.js';
import { dispatch } from './dispatch.js';

/** A core on a seeded, enrolled data folder whose central API is unreachable (port 9 refuses at once). */
async function openEnrolledCore(
  onExit = () => {},
  clock?: ManualClock,
  loans: (school: ReturnType<typeof schoolFixture>) => Change[] = () => [],
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kitdesk-handlers-'));
  const school = schoolFixture();
  const { store, ledger } = seededStore([...school.changes, ...loans(school)], join(dataDir, 'kiosk.db'));
  ledger.enrolled('http://127.0.0.1:9', {
    kioskId: newId(),
    name: 'Test kiosk',
    locationId: null,
    token: 'x'.repeat(40),
  });
  store.close();
  const core = await openKioskCore({ dataDir, onExit, clock, sync: { pollMs: 60_000 } });
  const events: KioskEventMessage[] = [];
  core.subscribe((m) => events.push(m));
  return { core, school, events };
}

let open: KioskCore | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

describe('staff-only calls', () => {
  it('station.exit needs a staff card, on either station role', async () => {
    let exits = 0;
    const { core } = await openEnrolledCore(() => exits++);
    open = core;
    const refused = await dispatch(core.handlers, 'station.exit', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const info = await core.handlers['station.info']({});
    const desk = { ...info.settings, role: 'return-desk' } as const;
    expect(await dispatch(core.handlers, 'station.saveSettings', desk)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('change this station’s settings') },
    });
    await core.feed(tap('4B00423C15'));
    await core.handlers['station.saveSettings'](desk);
    // The tap gave authority on the self-service session; the desk's session is another.
    expect(await dispatch(core.handlers, 'station.exit', {})).toMatchObject({ ok: false });
    await core.feed(tap('4B00423C15'));
    expect(await dispatch(core.handlers, 'station.exit', {})).toEqual({ ok: true, result: { ok: true } });
    expect(exits).toBe(1);
  });

  it('changing devices or test mode needs a staff card once enrolled; a pupil card does not do', async () => {
    const { core } = await openEnrolledCore();
    open = core;
    await core.feed(tap('67003B51C6'));
    const config = await core.handlers['devices.getConfig']({});
    expect(await dispatch(core.handlers, 'devices.saveConfig', config)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await dispatch(core.handlers, 'devices.setTestMode', { on: true })).toMatchObject({ ok: false });
    await core.feed(tap('4B00423C15'));
    expect(await dispatch(core.handlers, 'devices.setTestMode', { on: true })).toMatchObject({
      ok: true,
      result: { testMode: true },
    });
  });
});

describe('staff calls to the central API', () => {
  it('check their parameters, and ask for a staff sign-in before calling', async () => {
    const { core } = await openEnrolledCore();
    open = core;
    expect(await dispatch(core.handlers, 'staff.remind', { allocationId: 'loan-7' })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', message: expect.stringContaining('(allocationId)') },
    });
    for (const [method, params] of [
      ['staff.remind', { allocationId: newId() }],
      ['staff.locations', {}],
    ] as const) {
      expect(await dispatch(core.handlers, method, params)).toEqual({
        ok: false,
        error: { code: 'unauthenticated', message: 'Sign in as a member of staff first.' },
      });
    }
  });
});

describe('keyboard-wedge scans', () => {
  it('act like a scanner the kiosk reads itself, and are only shown in test mode', async () => {
    const { core, events } = await openEnrolledCore();
    open = core;
    await core.handlers['input.wedgeScan']({ data: '67003B51C6' });
    expect((await core.handlers['session.get']({})).borrower?.name).toBe('Amira Khan');

    await core.feed(tap('4B00423C15'));
    await core.handlers['devices.setTestMode']({ on: true });
    await core.handlers['input.wedgeScan']({ data: 'KD-00001' });
    expect((await core.handlers['session.get']({})).lines).toEqual([]);
    const reads = events.flatMap((e) => (e.event === 'device' ? [e.data] : [])) as DeviceEvent[];
    expect(reads.filter((e) => e.type === 'credential').map((e) => e.deviceId)).toEqual([
      'keyboard-wedge',
      'keyboard-wedge',
    ]);
  });

  it('go through the barcode checks of a scanner, timed by the core’s clock', async () => {
    const clock = new ManualClock();
    const { core, events } = await openEnrolledCore(() => {}, clock);
    open = core;
    // ]E0 names an EAN-13, whose last digit (here 3, not 2) is its check digit.
    await core.handlers['input.wedgeScan']({ data: ']E04006381333933' });
    const reads = () => events.flatMap((e) => (e.event === 'device' ? [e.data] : [])) as DeviceEvent[];
    expect(reads().filter((e) => e.type !== 'raw')).toEqual([
      {
        type: 'reject',
        deviceId: 'keyboard-wedge',
        reason: 'check_digit',
        hex: expect.any(String),
        ts: clock.now(),
      },
    ]);
    expect((await core.handlers['session.get']({})).lastScan).toBeNull();

    await core.handlers['input.wedgeScan']({ data: '67003b51c6' });
    expect(reads().find((e) => e.type === 'credential')).toMatchObject({
      credential: { canonical: '67003B51C6', ts: clock.now() },
    });
    expect((await core.handlers['session.get']({})).borrower?.name).toBe('Amira Khan');
  });
});

describe('a card tap', () => {
  it('is looked up in the kiosk’s copy once, and still opens the staff gate', async () => {
    const { core } = await openEnrolledCore();
    open = core;
    const resolve = vi.spyOn(CatalogueReader.prototype, 'resolve');
    try {
      await core.feed(tap('4B00423C15'));
      expect(resolve).toHaveBeenCalledTimes(1);
    } finally {
      resolve.mockRestore();
    }
    expect(await dispatch(core.handlers, 'devices.setTestMode', { on: true })).toMatchObject({ ok: true });
  });
});

describe('returns.addAccessory', () => {
  it('returns an accessory left out by a partial return, with no scan, into the outbox while offline', async () => {
    const { core, school, events } = await openEnrolledCore(
      undefined,
      undefined,
      (s) =>
        loanChanges({
          personId: s.pupil.id,
          dueAt: '2026-11-21T09:00:00.000Z',
          assets: s.members.map((m) => ({ id: m.id, returnedAt: '2026-11-22T15:00:00.000Z' })),
          items: [{ id: s.items[1]!.id }],
        }).changes,
    );
    open = core;
    const info = await core.handlers['station.info']({});
    await core.feed(tap('4B00423C15'));
    await core.handlers['station.saveSettings']({ ...info.settings, role: 'return-desk' });
    const reflector = school.items[1]!;
    expect((await core.handlers['returns.get']({})).accessoriesOut.map((g) => g.items)).toEqual([
      [{ id: reflector.id, name: 'Reflector', onReturn: false }],
    ]);
    expect(await dispatch(core.handlers, 'returns.addAccessory', { groupItemId: 'lens cap' })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    expect(await dispatch(core.handlers, 'returns.addAccessory', { groupItemId: newId() })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    const added = await dispatch(core.handlers, 'returns.addAccessory', { groupItemId: reflector.id });
    expect(added).toMatchObject({ ok: true, result: { phase: 'scanning', allowed: true } });
    const done = await core.handlers['returns.finish']({ partial: false });
    expect(done.summary).toEqual({ returned: ['Reflector'], stillOut: [] });
    expect(done.accessoriesOut).toEqual([]);
    expect((await core.handlers['sync.status']({})).pendingEvents).toBe(1);
    const pushed = events.flatMap((e) => (e.event === 'returns' ? [e.data] : []));
    expect(pushed.at(-1)).toEqual(done);
  });
});

describe('session.touch', () => {
  it('pushes a session view with the postponed deadline', async () => {
    const { core, events } = await openEnrolledCore();
    open = core;
    await core.feed(tap('67003B51C6'));
    const before = events.length;
    await core.handlers['session.touch']({});
    const pushed = events.slice(before).filter((e) => e.event === 'session');
    expect(pushed).toHaveLength(1);
    expect(pushed[0]?.event === 'session' && pushed[0].data.idleAt).toBeGreaterThan(Date.now());
  });
});

describe('closing the core', () => {
  it('stops the session’s idle timer, so nothing touches the closed store later', async () => {
    const clock = new ManualClock();
    const { core } = await openEnrolledCore(() => {}, clock);
    await core.feed(tap('67003B51C6'));
    expect(clock.pending()).toBeGreaterThan(0);
    await core.close();
    expect(clock.pending()).toBe(0);
  });
});
