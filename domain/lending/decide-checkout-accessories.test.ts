import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOW, aKit, aPerson, checkoutFacts, itemLine, scan } from '../testing/lending-builders.js';
import { decideCheckout } from './decide-checkout.js';

const codes = (rs: { code: string }[]) => rs.map((r) => r.code).sort();
const DAY = 86_400_000;
const inDays = (d: number) => new Date(Date.parse(NOW) + d * DAY).toISOString();

/** The Aperture kit after a partial return left its reflector on Sam's loan. */
function reflectorStillOut() {
  const { kit, members } = aKit('Aperture LS 300D', ['LS 300D light', 'Yoke'], ['Power cable', 'Reflector']);
  const [cable, reflector] = kit.items as [(typeof kit.items)[0], (typeof kit.items)[0]];
  const sam = aPerson({ name: 'Sam Reid' });
  const facts = checkoutFacts({
    kits: [kit],
    scanned: members.map(scan),
    openLines: [itemLine(reflector.id, sam.id, inDays(2))],
  });
  return { kit, members, cable, reflector, sam, facts };
}

describe('decideCheckout: an accessory still out on another loan', () => {
  it('is not expected: the kit is complete without it, and the progress says it is out', () => {
    const { cable, reflector, facts } = reflectorStillOut();
    const d = decideCheckout({ ...facts, confirmedGroupItemIds: [cable.id] });
    expect(d.allowed).toBe(true);
    expect(d.refusals).toEqual([]);
    expect(d.kits[0]?.complete).toBe(true);
    expect(d.kits[0]?.unconfirmedItems).toEqual([]);
    expect(d.kits[0]?.itemsOnLoan).toEqual([{ id: reflector.id, name: 'Reflector', toThisBorrower: false }]);
  });

  it('accessory_on_loan: ticking it anyway is refused by name, and no staff override sets that aside', () => {
    const { cable, reflector, facts } = reflectorStillOut();
    const d = decideCheckout({
      ...facts,
      confirmedGroupItemIds: [cable.id, reflector.id],
      staff: { id: aPerson().id, name: 'Ms Okafor', overrideReason: 'Needed for the exam shoot' },
    });
    expect(d.allowed).toBe(false);
    expect(codes(d.refusals)).toEqual(['accessory_on_loan']);
    expect(d.refusals[0]?.overridable).toBe(false);
    expect(d.refusals[0]?.message).toBe(
      'The Reflector of the Aperture LS 300D kit is still out on another loan, so it can’t go out with the kit: untick it.',
    );
    expect(d.notices).toEqual([]);
  });

  it('tells borrowers when the accessory still out is on their own loan', () => {
    const { cable, reflector, sam, facts } = reflectorStillOut();
    const d = decideCheckout({
      ...facts,
      borrower: { kind: 'person', person: sam },
      confirmedGroupItemIds: [cable.id, reflector.id],
    });
    expect(d.refusals[0]?.facts).toMatchObject({ code: 'accessory_on_loan', toThisBorrower: true });
    expect(d.refusals[0]?.message).toBe(
      'You already have the Reflector of the Aperture LS 300D kit on loan, so it can’t go out again: untick it.',
    );
    expect(d.kits[0]?.itemsOnLoan[0]?.toThisBorrower).toBe(true);
  });

  it('combines with the kit still incomplete: the rest must still be scanned and ticked', () => {
    const { members, reflector, facts } = reflectorStillOut();
    const d = decideCheckout({
      ...facts,
      scanned: [scan(members[0]!)],
      confirmedGroupItemIds: [reflector.id],
    });
    expect(codes(d.refusals)).toEqual(['accessory_on_loan', 'kit_incomplete']);
    expect(d.refusals.find((r) => r.code === 'kit_incomplete')?.message).toBe(
      'The Aperture LS 300D kit goes out complete: please scan Yoke and tick Power cable.',
    );
  });

  it('an open line of a tagged part or another kit’s accessory changes nothing about this kit’s accessories', () => {
    const { kit, members, cable, reflector } = reflectorStillOut();
    const other = aKit('Sound', ['S1'], ['Dead cat']);
    const d = decideCheckout(
      checkoutFacts({
        kits: [kit],
        scanned: members.map(scan),
        confirmedGroupItemIds: [cable.id],
        openLines: [itemLine(other.kit.items[0]!.id, aPerson().id, inDays(1))],
      }),
    );
    expect(d.allowed).toBe(false);
    expect(d.kits[0]?.unconfirmedItems.map((i) => i.id)).toEqual([reflector.id]);
    expect(d.kits[0]?.itemsOnLoan).toEqual([]);
  });
});

describe('decideCheckout: accessories on loan, any mix', () => {
  it('out accessories are never required and never allowed; the rest must all be ticked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((itemCount) =>
          fc.record({
            itemCount: fc.constant(itemCount),
            out: fc.subarray([...Array(itemCount).keys()]),
            ticked: fc.subarray([...Array(itemCount).keys()]),
          }),
        ),
        ({ itemCount, out, ticked }) => {
          const { kit, members } = aKit(
            'Kit',
            ['M0', 'M1'],
            Array.from({ length: itemCount }, (_, i) => `I${i}`),
          );
          const id = (i: number) => kit.items[i]!.id;
          const d = decideCheckout(
            checkoutFacts({
              kits: [kit],
              scanned: members.map(scan),
              confirmedGroupItemIds: ticked.map(id),
              openLines: out.map((i) => itemLine(id(i), aPerson().id, inDays(1))),
            }),
          );
          const inCupboard = [...Array(itemCount).keys()].filter((i) => !out.includes(i));
          const tickedOut = ticked.filter((i) => out.includes(i));
          const whole = inCupboard.every((i) => ticked.includes(i));
          expect(d.allowed).toBe(whole && tickedOut.length === 0);
          expect(d.kits[0]?.complete).toBe(whole);
          expect(d.kits[0]?.unconfirmedItems.map((i) => i.id)).toEqual(
            inCupboard.filter((i) => !ticked.includes(i)).map(id),
          );
          expect(d.kits[0]?.itemsOnLoan.map((i) => i.id)).toEqual(
            [...Array(itemCount).keys()].filter((i) => out.includes(i)).map(id),
          );
          expect(d.refusals.filter((r) => r.code === 'accessory_on_loan')).toHaveLength(tickedOut.length);
        },
      ),
    );
  });
});
