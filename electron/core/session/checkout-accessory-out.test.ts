import { describe, expect, it } from 'vitest';
import type { Change, SessionView } from '../../../domain/index.js';
import { CatalogueReader } from '../store/catalogue-reader.js';
import { Outbox } from '../store/outbox.js';
import { loanChanges, schoolFixture, seededStore } from '../testing/catalogue-fixture.js';
import { label, tap } from '../testing/credentials.js';
import { testGate } from '../testing/test-gate.js';
import { ManualClock } from '../testing/manual-clock.js';
import { CheckoutSession } from './checkout-session.js';
import { ReturnDesk } from './return-desk.js';

const BACK = '2026-11-22T15:00:00.000Z';

/** A kiosk on a real SQLite file holding the school's catalogue and any loans the server already sent. */
function kiosk(loans: (school: ReturnType<typeof schoolFixture>) => Change[] = () => []) {
  const school = schoolFixture();
  const { store } = seededStore([...school.changes, ...loans(school)]);
  const reader = new CatalogueReader(store.sqlite);
  const outbox = new Outbox(store.sqlite);
  const clock = new ManualClock();
  const session = new CheckoutSession({
    reader,
    outbox,
    clock,
    idleTimeoutMs: () => 60_000,
    receiptTimeoutMs: 20_000,
    onView: () => {},
    onCue: () => {},
    authority: testGate(clock),
    onRecorded: () => {},
  });
  const [cable, reflector] = school.items as [(typeof school.items)[0], (typeof school.items)[0]];
  return { school, reader, outbox, clock, session, cable, reflector };
}

const checklist = (v: SessionView) => v.kits[0]?.checklist.map((c) => [c.name, c.confirmed, c.stillOut]);

describe('CheckoutSession: a kit whose accessory is still out on a loan', () => {
  it('marks it as out, refuses to tick it, and lends the kit without it', () => {
    // Tom brought the light kit back without its reflector; the server has told this kiosk.
    const t = kiosk((school) => [
      ...loanChanges({
        personId: school.barred.id,
        dueAt: '2026-11-30T09:00:00.000Z',
        assets: school.members.map((m) => ({ id: m.id, returnedAt: BACK })),
        items: [{ id: school.items[0]!.id, returnedAt: BACK }, { id: school.items[1]!.id }],
      }).changes,
    ]);
    t.session.credential(tap('67003B51C6'));
    for (const code of ['KD-00101', 'KD-00102', 'KD-00103']) t.session.credential(label(code));
    let v = t.session.view();
    expect(checklist(v)).toEqual([
      ['Power cable', false, null],
      ['Reflector', false, 'on-another-loan'],
    ]);
    expect(v.kits[0]?.unconfirmedItems.map((i) => i.name)).toEqual(['Power cable']);

    v = t.session.tickItem(t.reflector.id, true);
    expect(v.lastScan?.outcome).toBe('refused');
    expect(v.lastScan?.message).toBe(
      'The Reflector of the Aperture LS 300D kit is still out on another loan, so it can’t go out with the kit: untick it.',
    );
    expect(checklist(v)?.[1]).toEqual(['Reflector', false, 'on-another-loan']);

    v = t.session.tickItem(t.cable.id, true);
    expect(v.kits[0]?.complete).toBe(true);
    expect(v.allowed).toBe(true);
    v = t.session.confirm();
    expect(v.receipt?.accessories).toEqual(['Power cable']);
    expect(t.outbox.pending(1)[0]?.payload).toMatchObject({
      type: 'checkout',
      personId: t.school.pupil.id,
      groupItemIds: [t.cable.id],
    });
  });

  it('sees an accessory left out by this kiosk’s own unsynced loan and return, and says it is with you', () => {
    const t = kiosk();
    const desk = new ReturnDesk({
      reader: t.reader,
      outbox: t.outbox,
      clock: t.clock,
      locationId: () => null,
      onView: () => {},
      onCue: () => {},
      authority: testGate(t.clock),
      onRecorded: () => {},
    });
    const scanKit = () => {
      for (const code of ['KD-00101', 'KD-00102', 'KD-00103']) t.session.credential(label(code));
    };
    t.session.credential(tap('67003B51C6'));
    scanKit();
    t.session.tickItem(t.cable.id, true);
    t.session.tickItem(t.reflector.id, true);
    expect(t.session.confirm().phase).toBe('receipt');
    for (const code of ['KD-00101', 'KD-00102', 'KD-00103']) desk.credential(label(code));
    desk.tickItem(t.cable.id, true);
    expect(desk.finish(true).summary?.stillOut).toEqual(['Reflector']);
    expect(t.outbox.pendingCount()).toBe(2);

    t.session.cancel();
    t.session.credential(tap('67003B51C6'));
    scanKit();
    let v = t.session.tickItem(t.reflector.id, true);
    expect(v.lastScan?.reasons.map((r) => r.facts)).toEqual([
      expect.objectContaining({ code: 'accessory_on_loan', toThisBorrower: true }),
    ]);
    expect(checklist(v)).toEqual([
      ['Power cable', false, null],
      ['Reflector', false, 'with-you'],
    ]);
    v = t.session.tickItem(t.cable.id, true);
    expect(v.allowed).toBe(true);
    expect(t.session.confirm().receipt?.accessories).toEqual(['Power cable']);
    expect(t.outbox.pending(3)[2]?.payload).toMatchObject({ type: 'checkout', groupItemIds: [t.cable.id] });
  });
});
