import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NOW,
  aKit,
  aPerson,
  anAsset,
  assetLine,
  checkoutFacts,
  scan,
  unknownScan,
} from '../testing/lending-builders.js';
import { decideCheckout } from './decide-checkout.js';
import { defaultLendingPolicy, LendingPolicy } from './facts.js';

const codes = (rs: { code: string }[]) => rs.map((r) => r.code).sort();
const DAY = 86_400_000;
const daysFromNow = (d: number) => new Date(Date.parse(NOW) + d * DAY).toISOString();

describe('decideCheckout: each reason alone', () => {
  it('allows a plain asset for a borrower who may borrow, due after the default week', () => {
    const d = decideCheckout(checkoutFacts({ scanned: [scan(anAsset())] }));
    expect(d.allowed).toBe(true);
    expect(d.refusals).toEqual([]);
    expect(d.dueAt).toBe('2026-12-01T10:00:00.000Z');
  });

  it('credential_unknown: a card that names nobody', () => {
    const d = decideCheckout(
      checkoutFacts({ borrower: { kind: 'unknown', credential: '0013961168' }, scanned: [scan(anAsset())] }),
    );
    expect(d.allowed).toBe(false);
    expect(codes(d.refusals)).toEqual(['credential_unknown']);
    expect(d.refusals[0]?.message).toMatch(/don’t recognise this card/);
  });

  it('borrower_may_not_borrow: lend is false', () => {
    const d = decideCheckout(
      checkoutFacts({
        borrower: { kind: 'person', person: aPerson({ lend: false }) },
        scanned: [scan(anAsset())],
      }),
    );
    expect(codes(d.refusals)).toEqual(['borrower_may_not_borrow']);
    expect(d.refusals[0]?.overridable).toBe(true);
  });

  it('borrower_has_overdue: counts overdue lines and respects the policy switch', () => {
    const person = aPerson();
    const openLines = [
      assetLine(anAsset().id, person.id, daysFromNow(-2)),
      assetLine(anAsset().id, person.id, daysFromNow(-1)),
      assetLine(anAsset().id, person.id, daysFromNow(+3)),
    ];
    const base = checkoutFacts({
      borrower: { kind: 'person', person },
      scanned: [scan(anAsset())],
      openLines,
    });
    const d = decideCheckout(base);
    expect(codes(d.refusals)).toEqual(['borrower_has_overdue']);
    expect(d.refusals[0]?.message).toBe(
      'You have 2 overdue items. Please return them before borrowing more.',
    );
    const lenient = decideCheckout({
      ...base,
      policy: { ...defaultLendingPolicy, refuseWhenOverdue: false },
    });
    expect(lenient.allowed).toBe(true);
  });

  it('overdue lines of someone else do not count against the borrower', () => {
    const d = decideCheckout(
      checkoutFacts({
        scanned: [scan(anAsset())],
        openLines: [assetLine(anAsset().id, aPerson().id, daysFromNow(-5))],
      }),
    );
    expect(d.allowed).toBe(true);
  });

  it('basket_empty: nothing scanned', () => {
    const d = decideCheckout(checkoutFacts());
    expect(codes(d.refusals)).toEqual(['basket_empty']);
    expect(d.dueAt).toBeNull();
  });

  it('asset_unknown: a label that names no asset', () => {
    const d = decideCheckout(checkoutFacts({ scanned: [unknownScan('KD-99999')] }));
    expect(codes(d.refusals)).toEqual(['asset_unknown']);
    expect(d.refusals[0]?.message).toContain('KD-99999');
  });

  it('asset_disposed', () => {
    const d = decideCheckout(checkoutFacts({ scanned: [scan(anAsset({ disposalDate: '2025-01-01' }))] }));
    expect(codes(d.refusals)).toEqual(['asset_disposed']);
    expect(d.refusals[0]?.overridable).toBe(false);
  });

  it('asset_cannot_lend', () => {
    const d = decideCheckout(
      checkoutFacts({ scanned: [scan(anAsset({ name: 'Studio monitor', cannotLend: true }))] }),
    );
    expect(codes(d.refusals)).toEqual(['asset_cannot_lend']);
    expect(d.refusals[0]?.message).toBe('Studio monitor is not for loan. Please leave it where it is kept.');
  });

  it('asset_on_loan: says whether the borrower already has it', () => {
    const person = aPerson();
    const mine = anAsset({ name: 'Tripod' });
    const theirs = anAsset({ name: 'Zoom H5' });
    const d = decideCheckout(
      checkoutFacts({
        borrower: { kind: 'person', person },
        scanned: [scan(mine), scan(theirs)],
        openLines: [
          assetLine(mine.id, person.id, daysFromNow(2)),
          assetLine(theirs.id, aPerson().id, daysFromNow(2)),
        ],
      }),
    );
    expect(d.refusals.map((r) => r.message)).toEqual([
      'You already have Tripod on loan.',
      'Zoom H5 is still on loan to someone else. Please hand it to a member of staff.',
    ]);
  });

  it('high_value_needs_staff: derived from value over £1,000, or set by hand', () => {
    const over = anAsset({ estimatedValuePence: 100_001 });
    const exactly = anAsset({ estimatedValuePence: 100_000 });
    const byHand = anAsset({ estimatedValuePence: 5_000, highValue: true });
    const waived = anAsset({ estimatedValuePence: 500_000, highValue: false });
    const d = decideCheckout(checkoutFacts({ scanned: [over, exactly, byHand, waived].map(scan) }));
    expect(
      d.refusals.map((r) => (r.facts.code === 'high_value_needs_staff' ? r.facts.asset.id : null)),
    ).toEqual([over.id, byHand.id]);
  });

  it('a staff tap, or a staff borrower, satisfies the high-value rule without any override', () => {
    const dear = anAsset({ estimatedValuePence: 250_000 });
    const tapped = decideCheckout(
      checkoutFacts({
        scanned: [scan(dear)],
        staff: { id: aPerson().id, name: 'Mr Patel', overrideReason: null },
      }),
    );
    expect(tapped.allowed).toBe(true);
    expect(tapped.notices).toEqual([]);
    const staffBorrower = decideCheckout(
      checkoutFacts({
        borrower: { kind: 'person', person: aPerson({ staff: true }) },
        scanned: [scan(dear)],
      }),
    );
    expect(staffBorrower.allowed).toBe(true);
  });

  it('kit_incomplete: names the members to scan and the accessories to tick', () => {
    const { kit, members } = aKit(
      'Aperture LS 300D',
      ['LS 300D light', 'Yoke', 'Power adapter'],
      ['Power cable', 'Reflector'],
    );
    const d = decideCheckout(
      checkoutFacts({ scanned: [scan(members[0]!)], kits: [kit], confirmedGroupItemIds: [kit.items[1]!.id] }),
    );
    expect(codes(d.refusals)).toEqual(['kit_incomplete']);
    expect(d.kits[0]?.missingAssets.map((m) => m.name)).toEqual(['Yoke', 'Power adapter']);
    expect(d.kits[0]?.unconfirmedItems.map((m) => m.name)).toEqual(['Power cable']);
    expect(d.refusals[0]?.message).toBe(
      'The Aperture LS 300D kit goes out complete: please scan Yoke and Power adapter and tick Power cable.',
    );
  });

  it('a kit with every member scanned and every accessory ticked goes out; disposed members are not expected', () => {
    const { kit, members } = aKit('Audio kit', ['Zoom H5', 'Boom pole', 'Old lav mic'], ['Windshield']);
    kit.members[2]!.disposed = true;
    const d = decideCheckout(
      checkoutFacts({
        scanned: [scan(members[0]!), scan(members[1]!)],
        kits: [kit],
        confirmedGroupItemIds: [kit.items[0]!.id],
      }),
    );
    expect(d.allowed).toBe(true);
    expect(d.kits[0]?.complete).toBe(true);
  });

  it('staff_override: sets aside what may be overridden, records who and why, keeps the rest', () => {
    const staff = {
      id: aPerson().id,
      name: 'Ms Okafor',
      overrideReason: 'Year 13 exam shoot, approved by HoD',
    };
    const { kit, members } = aKit('Camera kit', ['Body', 'Lens'], []);
    const facts = checkoutFacts({
      borrower: { kind: 'person', person: aPerson({ lend: false }) },
      scanned: [scan(members[0]!)],
      kits: [kit],
      staff,
    });
    const d = decideCheckout(facts);
    expect(d.allowed).toBe(true);
    expect(codes(d.refusals)).toEqual(['borrower_may_not_borrow', 'kit_incomplete']);
    expect(d.notices).toHaveLength(1);
    expect(d.notices[0]?.facts).toEqual({
      code: 'staff_override',
      staffId: staff.id,
      staffName: 'Ms Okafor',
      reason: staff.overrideReason,
      overridden: ['borrower_may_not_borrow', 'kit_incomplete'],
    });

    const stillRefused = decideCheckout({
      ...facts,
      scanned: [...facts.scanned, scan(anAsset({ cannotLend: true }))],
    });
    expect(stillRefused.allowed).toBe(false);
  });

  it('a staff tap without a reason overrides nothing', () => {
    const d = decideCheckout(
      checkoutFacts({
        borrower: { kind: 'person', person: aPerson({ lend: false }) },
        scanned: [scan(anAsset())],
        staff: { id: aPerson().id, name: 'Ms Okafor', overrideReason: null },
      }),
    );
    expect(d.allowed).toBe(false);
    expect(d.notices).toEqual([]);
  });
});

describe('decideCheckout: reasons in combination', () => {
  it('returns every reason that applies, not just the first', () => {
    const person = aPerson({ lend: false });
    const onLoan = anAsset({ name: 'Rode mic' });
    const d = decideCheckout(
      checkoutFacts({
        borrower: { kind: 'person', person },
        openLines: [
          assetLine(anAsset().id, person.id, daysFromNow(-1)),
          assetLine(onLoan.id, aPerson().id, daysFromNow(1)),
        ],
        scanned: [
          unknownScan('NOPE'),
          scan(anAsset({ disposalDate: '2024-06-01', cannotLend: true })),
          scan(onLoan),
          scan(anAsset({ estimatedValuePence: 180_000 })),
        ],
      }),
    );
    expect(codes(d.refusals)).toEqual([
      'asset_cannot_lend',
      'asset_disposed',
      'asset_on_loan',
      'asset_unknown',
      'borrower_has_overdue',
      'borrower_may_not_borrow',
      'high_value_needs_staff',
    ]);
  });

  it('the same label scanned twice is one line', () => {
    const a = anAsset({ cannotLend: true });
    const d = decideCheckout(
      checkoutFacts({ scanned: [scan(a), scan(a), unknownScan('X'), unknownScan('X')] }),
    );
    expect(codes(d.refusals)).toEqual(['asset_cannot_lend', 'asset_unknown']);
  });

  it('the shortest loan period in the basket sets the due date', () => {
    const laptops = crypto.randomUUID();
    const tripods = crypto.randomUUID();
    const policy = LendingPolicy.parse({ loanPeriodHoursByAssetType: { [laptops]: 4, [tripods]: 72 } });
    const d = decideCheckout(
      checkoutFacts({
        policy,
        scanned: [
          scan(anAsset({ assetTypeId: tripods })),
          scan(anAsset({ assetTypeId: laptops })),
          scan(anAsset()),
        ],
      }),
    );
    expect(d.dueAt).toBe('2026-11-24T14:00:00.000Z');
  });
});

describe('decideCheckout: kit properties', () => {
  const kitShape = fc.record({
    memberCount: fc.integer({ min: 1, max: 8 }),
    itemCount: fc.integer({ min: 0, max: 6 }),
  });

  it('any subset of a kit: allowed exactly when the subset is the whole kit, and the missing lists are the complement', () => {
    fc.assert(
      fc.property(
        kitShape.chain(({ memberCount, itemCount }) =>
          fc.record({
            memberCount: fc.constant(memberCount),
            itemCount: fc.constant(itemCount),
            scanned: fc.subarray([...Array(memberCount).keys()], { minLength: 1 }),
            ticked: fc.subarray([...Array(itemCount).keys()]),
          }),
        ),
        ({ memberCount, itemCount, scanned, ticked }) => {
          const { kit, members } = aKit(
            'Kit',
            Array.from({ length: memberCount }, (_, i) => `M${i}`),
            Array.from({ length: itemCount }, (_, i) => `I${i}`),
          );
          const d = decideCheckout(
            checkoutFacts({
              kits: [kit],
              scanned: scanned.map((i) => scan(members[i]!)),
              confirmedGroupItemIds: ticked.map((i) => kit.items[i]!.id),
            }),
          );
          const whole = scanned.length === memberCount && ticked.length === itemCount;
          expect(d.allowed).toBe(whole);
          const missing = members.filter((_, i) => !scanned.includes(i)).map((m) => m.id);
          const unticked = kit.items.filter((_, i) => !ticked.includes(i)).map((m) => m.id);
          expect(d.kits[0]?.missingAssets.map((m) => m.id)).toEqual(missing);
          expect(d.kits[0]?.unconfirmedItems.map((m) => m.id)).toEqual(unticked);
          expect(d.refusals.filter((r) => r.code === 'kit_incomplete')).toHaveLength(whole ? 0 : 1);
        },
      ),
    );
  });

  it('the decision does not depend on scan order or repeated scans', () => {
    const { kit, members } = aKit('Kit', ['A', 'B', 'C', 'D'], ['x', 'y']);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 12 }),
        fc.subarray([0, 1]),
        (picks, ticked) => {
          const facts = checkoutFacts({
            kits: [kit],
            scanned: picks.map((i) => scan(members[i]!)),
            confirmedGroupItemIds: ticked.map((i) => kit.items[i]!.id),
          });
          const forward = decideCheckout(facts);
          const backward = decideCheckout({ ...facts, scanned: [...facts.scanned].reverse() });
          expect(backward.allowed).toBe(forward.allowed);
          expect(new Set(backward.kits[0]?.missingAssets.map((m) => m.id))).toEqual(
            new Set(forward.kits[0]?.missingAssets.map((m) => m.id)),
          );
        },
      ),
    );
  });

  it('two kits are judged separately', () => {
    const a = aKit('Lights', ['L1', 'L2'], ['Gel pack']);
    const b = aKit('Sound', ['S1'], []);
    const d = decideCheckout(
      checkoutFacts({
        kits: [a.kit, b.kit],
        scanned: [scan(a.members[0]!), scan(b.members[0]!)],
        confirmedGroupItemIds: [a.kit.items[0]!.id],
      }),
    );
    expect(d.kits.map((k) => [k.kit.name, k.complete])).toEqual([
      ['Lights', false],
      ['Sound', true],
    ]);
  });

  it('refuses to guess when the caller forgot to load a kit', () => {
    expect(() =>
      decideCheckout(checkoutFacts({ scanned: [scan(anAsset({ groupId: crypto.randomUUID() }))] })),
    ).toThrow(/missing kit/);
  });
});
