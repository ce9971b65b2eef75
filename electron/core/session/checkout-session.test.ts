import { beforeEach, describe, expect, it } from 'vitest';
import type { Cue, SessionView } from '../../../domain/index.js';
import { CatalogueReader } from '../store/catalogue-reader.js';
import { Outbox } from '../store/outbox.js';
import { schoolFixture, seededStore } from '../testing/catalogue-fixture.js';
import { label, tap } from '../testing/credentials.js';
import { ManualClock } from '../testing/manual-clock.js';
import { testGate } from '../testing/test-gate.js';
import { CheckoutSession } from './checkout-session.js';

function setup() {
  const school = schoolFixture();
  const { store } = seededStore(school.changes);
  const clock = new ManualClock();
  const views: SessionView[] = [];
  const cues: Cue[] = [];
  let recorded = 0;
  const outbox = new Outbox(store.sqlite);
  const gate = testGate(clock);
  const session = new CheckoutSession({
    reader: new CatalogueReader(store.sqlite),
    outbox,
    clock,
    idleTimeoutMs: () => 60_000,
    receiptTimeoutMs: 20_000,
    onView: (v) => views.push(v),
    onCue: (c) => cues.push(c),
    authority: gate,
    onRecorded: () => recorded++,
  });
  gate.follow(session);
  return { school, store, clock, views, cues, gate, outbox, session, recorded: () => recorded };
}

describe('CheckoutSession', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });

  it('identifies the borrower from a card tap, matching an alias as well as the canonical value', () => {
    const v = t.session.credential({ ...tap('0000000000'), aliases: ['67003B51C6'] });
    expect(v.phase).toBe('basket');
    expect(v.borrower?.name).toBe('Amira Khan');
    expect(v.lastScan?.message).toBe('Hello, Amira Khan. Scan each item you are taking.');
  });

  it('a staff tap gives staff authority on this session; a pupil’s card, a label or an unknown card none', () => {
    t.session.credential(tap('67003B51C6'));
    t.session.credential(label('KD-00001'));
    t.session.credential(tap('DEADBEEF00'));
    expect(t.gate.present()).toBeNull();
    const v = t.session.credential(tap('4B00423C15'));
    expect(v.authority.holder).toMatchObject({ name: 'Ms Okafor', via: 'tap' });
    expect(t.gate.present()?.name).toBe('Ms Okafor');
  });

  it('a staff card’s barcode asks for the PIN and approves nothing until it is typed', () => {
    t.session.credential(tap('67003B51C6'));
    let v = t.session.credential(label('KD-00002'));
    v = t.session.credential({ ...label('4B00423C15') });
    expect(v.authority).toEqual({ holder: null, pinWanted: { name: 'Ms Okafor', lockedUntil: null } });
    expect(v.staff).toBeNull();
    expect(v.refusals.map((r) => r.code)).toEqual(['high_value_needs_staff']);
    expect(v.lastScan?.message).toBe('Ms Okafor, type your staff PIN to help.');
  });

  it('a staff member’s own barcode does not let them borrow high-value kit as staff', () => {
    t.session.credential(label('4B00423C15'));
    const v = t.session.credential(label('KD-00002'));
    expect(v.borrower?.staff).toBe(true);
    expect(v.refusals.map((r) => r.code)).toEqual(['high_value_needs_staff']);
  });

  it('the staff authority of one session is gone when the next borrower taps, and after the loan', () => {
    t.session.credential(tap('67003B51C6'));
    t.session.credential(label('KD-00002'));
    t.session.credential(tap('4B00423C15'));
    expect(t.session.confirm().receipt?.approvedBy).toBe('Ms Okafor');
    expect(t.gate.present()).toBeNull();
    t.session.credential(tap('0F0184F07A'));
    const v = t.session.credential(label('KD-00001'));
    expect(v.staff).toBeNull();
    expect(v.authority.holder).toBeNull();
  });

  it('an unknown card is refused with a plain reason and the kiosk stays idle', () => {
    const v = t.session.credential(tap('DEADBEEF00'));
    expect(v.phase).toBe('idle');
    expect(v.lastScan?.reasons.map((r) => r.code)).toEqual(['credential_unknown']);
    expect(t.cues).toEqual(['scan-refused']);
  });

  it('during a loan an unknown card is still a card, and an unknown label an asset', () => {
    t.session.credential(tap('67003B51C6'));
    let v = t.session.credential(tap('DEADBEEF00'));
    expect(v.phase).toBe('basket');
    expect(v.lastScan?.reasons.map((r) => r.code)).toEqual(['credential_unknown']);
    expect(v.lastScan?.message).toContain('this card');
    v = t.session.credential({ ...tap('04A1B2C3D4E5F6'), kind: 'iso14443a' });
    expect(v.lastScan?.reasons.map((r) => r.code)).toEqual(['credential_unknown']);
    v = t.session.credential(label('NOPE-1'));
    expect(v.lastScan?.reasons.map((r) => r.code)).toEqual(['asset_unknown']);
    expect(v.borrower?.name).toBe('Amira Khan');
  });

  it('another pupil’s card during a loan is refused with its reason, and the basket stays theirs', () => {
    t.session.credential(tap('67003B51C6'));
    t.session.credential(label('KD-00001'));
    const v = t.session.credential(tap('0F0184F07A'));
    expect(v.lastScan?.reasons.map((r) => [r.code, r.overridable])).toEqual([['loan_in_progress', false]]);
    expect(v.lastScan?.message).toBe(
      'A loan is already in progress here. Please finish or cancel it before another card is used.',
    );
    expect(v.borrower?.name).toBe('Amira Khan');
    expect(v.lines.map((l) => l.name)).toEqual(['Canon EOS R50']);
    expect(t.cues.at(-1)).toBe('scan-refused');
  });

  it('a full kit checkout with its accessory checklist writes one outbox event and shows a receipt', () => {
    const { school, session } = t;
    session.credential(tap('67003B51C6'));
    let v = session.credential(label('KD-00101'));
    expect(v.kits[0]?.missingAssets.map((m) => m.name)).toEqual(['Power adapter', 'Yoke']);
    expect(v.kits[0]?.checklist.map((c) => [c.name, c.confirmed])).toEqual([
      ['Power cable', false],
      ['Reflector', false],
    ]);
    expect(v.allowed).toBe(false);
    session.credential(label('KD-00102'));
    session.credential(label('KD-00103'));
    for (const item of school.items) v = session.tickItem(item.id, true);
    expect(v.allowed).toBe(true);
    v = session.confirm();
    expect(v.phase).toBe('receipt');
    expect(v.receipt?.items).toEqual(['LS 300D light', 'Yoke', 'Power adapter']);
    expect(v.receipt?.accessories).toEqual(['Power cable', 'Reflector']);
    const [event] = t.outbox.pending(10);
    expect(event?.payload).toMatchObject({
      type: 'checkout',
      personId: school.pupil.id,
      assetIds: school.members.map((m) => m.id),
      groupItemIds: school.items.map((i) => i.id),
    });
    expect(t.recorded()).toBe(1);
  });

  it('an incomplete kit cannot be confirmed, and says what is missing', () => {
    t.session.credential(tap('67003B51C6'));
    t.session.credential(label('KD-00101'));
    const v = t.session.confirm();
    expect(v.phase).toBe('basket');
    expect(v.lastScan?.outcome).toBe('refused');
    expect(v.lastScan?.message).toContain(
      'please scan Power adapter and Yoke and tick Power cable and Reflector',
    );
    expect(t.outbox.pendingCount()).toBe(0);
  });

  it('a kit still being put together is progress, apart from the refusals, and leaves once it is complete', () => {
    const { school, session } = t;
    session.credential(tap('67003B51C6'));
    let v = session.credential(label('KD-00101'));
    expect(v.refusals).toEqual([]);
    expect(v.kitsToFinish.map((r) => r.code)).toEqual(['kit_incomplete']);
    expect(v.allowed).toBe(false);
    session.credential(label('KD-00102'));
    session.credential(label('KD-00103'));
    for (const item of school.items) v = session.tickItem(item.id, true);
    expect(v.kitsToFinish).toEqual([]);
    expect(v.refusals).toEqual([]);
    expect(v.allowed).toBe(true);
  });

  it('a refusal beside a kit in progress stays a refusal', () => {
    t.session.credential(tap('67003B51C6'));
    t.session.credential(label('KD-00101'));
    const v = t.session.credential(label('KD-00002'));
    expect(v.refusals.map((r) => r.code)).toEqual(['high_value_needs_staff']);
    expect(v.kitsToFinish.map((r) => r.code)).toEqual(['kit_incomplete']);
  });

  it('counts what goes out: every tagged item and each accessory ticked, not the lines of the basket', () => {
    const { school, session } = t;
    session.credential(tap('67003B51C6'));
    let v = session.credential(label('KD-00001'));
    expect(v.outgoing).toEqual({ items: 1, accessories: 0 });
    for (const code of ['KD-00101', 'KD-00102', 'KD-00103']) session.credential(label(code));
    for (const item of school.items) v = session.tickItem(item.id, true);
    expect(v.outgoing).toEqual({ items: 4, accessories: 2 });
    // Taking a kit part out takes the kit's accessories out of the count, though their ticks are kept.
    for (const m of school.members) v = session.removeLine(m.id);
    expect(v.outgoing).toEqual({ items: 1, accessories: 0 });
    expect(v.lines.map((l) => l.tag)).toEqual(['KD-00001']);
  });

  it('a cannot-lend or disposed item is refused and not added; the basket carries on', () => {
    t.session.credential(tap('67003B51C6'));
    let v = t.session.credential(label('KD-00003'));
    expect(v.lastScan?.reasons.map((r) => r.code)).toEqual(['asset_cannot_lend']);
    v = t.session.credential(label('kd-00004'));
    expect(v.lastScan?.reasons.map((r) => r.code)).toEqual(['asset_disposed']);
    v = t.session.credential(label('KD-00001'));
    expect(v.lines.map((l) => l.name)).toEqual(['Canon EOS R50']);
  });

  it('the same item scanned twice is one line', () => {
    t.session.credential(tap('67003B51C6'));
    t.session.credential(label('KD-00001'));
    const v = t.session.credential(label('KD-00001'));
    expect(v.lines).toHaveLength(1);
    expect(v.lastScan?.outcome).toBe('ignored');
  });

  it('a borrower who may not borrow is refused; a staff tap plus a reason overrides it and is recorded', () => {
    const { session, school } = t;
    session.credential(tap('0F0184F07A'));
    let v = session.credential(label('KD-00001'));
    expect(v.refusals.map((r) => r.code)).toEqual(['borrower_may_not_borrow']);
    expect(session.confirm().phase).toBe('basket');
    expect(() => session.override('No staff yet')).toThrow(/staff needs to tap/);
    v = session.credential(tap('4B00423C15'));
    expect(v.staff?.name).toBe('Ms Okafor');
    v = session.override('Approved for the Year 11 shoot');
    expect(v.allowed).toBe(true);
    expect(v.notices[0]?.code).toBe('staff_override');
    v = session.confirm();
    expect(v.receipt?.approvedBy).toBe('Ms Okafor');
    expect(t.outbox.pending(1)[0]?.payload).toMatchObject({
      staff: { staffId: school.teacher.id, overrideReason: 'Approved for the Year 11 shoot' },
    });
  });

  it('a high-value item needs a staff tap, and the tap alone is enough', () => {
    t.session.credential(tap('67003B51C6'));
    let v = t.session.credential(label('KD-00002'));
    expect(v.lines[0]?.highValue).toBe(true);
    expect(v.refusals.map((r) => r.code)).toEqual(['high_value_needs_staff']);
    v = t.session.credential(tap('4B00423C15'));
    expect(v.allowed).toBe(true);
    // Within the session too, the tap's authority lapses after STAFF_AUTHORITY_SECONDS.
    for (const ms of [50_000, 50_000, 20_000]) {
      t.clock.advance(ms);
      t.session.touch();
    }
    expect(t.session.view().phase).toBe('basket');
    expect(t.session.view().refusals.map((r) => r.code)).toEqual(['high_value_needs_staff']);
  });

  it('an item lent offline a moment ago is on loan for the next borrower too', () => {
    t.session.credential(tap('67003B51C6'));
    t.session.credential(label('KD-00001'));
    t.session.confirm();
    t.session.credential(tap('4B00423C15'));
    const v = t.session.credential(label('KD-00001'));
    expect(v.lastScan?.reasons.map((r) => r.code)).toEqual(['asset_on_loan']);
  });

  it('the borrower sees what they already have on loan, including a loan made offline', () => {
    t.session.credential(tap('67003B51C6'));
    t.session.credential(label('KD-00001'));
    t.session.confirm();
    const v = t.session.credential(tap('67003B51C6'));
    expect(v.borrower?.loans.map((l) => l.name)).toEqual(['Canon EOS R50']);
  });

  it('forgets the borrower after the idle timeout, and a touch postpones it', () => {
    t.session.credential(tap('67003B51C6'));
    t.clock.advance(50_000);
    t.session.touch();
    t.clock.advance(50_000);
    expect(t.session.view().phase).toBe('basket');
    t.clock.advance(10_001);
    const v = t.session.view();
    expect(v.phase).toBe('idle');
    expect(v.borrower).toBeNull();
    expect(t.views.at(-1)?.phase).toBe('idle');
  });

  it('after the receipt, the next item starts a new basket for the same borrower', () => {
    t.session.credential(tap('67003B51C6'));
    t.session.credential(label('KD-00001'));
    t.session.confirm();
    const v = t.session.credential(label('KD-00101'));
    expect(v.phase).toBe('basket');
    expect(v.borrower?.name).toBe('Amira Khan');
    expect(v.lines.map((l) => l.name)).toEqual(['LS 300D light']);
  });

  it('an item scanned before any card asks for the card', () => {
    const v = t.session.credential(label('KD-00001'));
    expect(v.phase).toBe('idle');
    expect(v.lastScan?.message).toBe('Please tap your card first.');
  });
});

describe('card numbers', () => {
  it('a card stored as its 10-hex id is found by the printed 10-digit number a keyboard reader types', () => {
    const { session } = setup();
    // 67003B51C6: the low 32 bits 0x003B51C6 are 3887558, printed 0003887558 (hardware.md §1.5).
    const v = session.credential({ ...label('0003887558'), kind: 'barcode' });
    expect(v.borrower?.name).toBe('Amira Khan');
  });
});
