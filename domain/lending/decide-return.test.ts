import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NOW,
  aKit,
  aPerson,
  anAsset,
  assetLine,
  itemLine,
  returnFacts,
  scan,
  unknownScan,
} from '../testing/lending-builders.js';
import { decideReturn } from './decide-return.js';

const codes = (rs: { code: string }[]) => rs.map((r) => r.code).sort();
const hoursFromNow = (h: number) => new Date(Date.parse(NOW) + h * 3_600_000).toISOString();

describe('decideReturn', () => {
  it('returns an asset on loan and says who had it and how late it is', () => {
    const person = aPerson();
    const a = anAsset();
    const line = assetLine(a.id, person.id, hoursFromNow(-49));
    const d = decideReturn(returnFacts({ scanned: [scan(a)], openLines: [line] }));
    expect(d.allowed).toBe(true);
    expect(d.lines).toEqual([
      { assetId: a.id, allocationId: line.allocationId, personId: person.id, dueAt: line.dueAt, daysLate: 3 },
    ]);
  });

  it('an on-time return is 0 days late', () => {
    const a = anAsset();
    const d = decideReturn(
      returnFacts({ scanned: [scan(a)], openLines: [assetLine(a.id, aPerson().id, hoursFromNow(5))] }),
    );
    expect(d.lines[0]?.daysLate).toBe(0);
  });

  it('basket_empty, asset_unknown and asset_not_on_loan', () => {
    expect(codes(decideReturn(returnFacts()).refusals)).toEqual(['basket_empty']);
    const d = decideReturn(returnFacts({ scanned: [unknownScan('??'), scan(anAsset({ name: 'Tripod' }))] }));
    expect(codes(d.refusals)).toEqual(['asset_not_on_loan', 'asset_unknown']);
    expect(d.refusals.find((r) => r.code === 'asset_not_on_loan')?.message).toBe(
      'Tripod is not on loan, so there is nothing to return.',
    );
  });

  it('kit_incomplete on return names what is still out, members and accessories', () => {
    const person = aPerson();
    const { kit, members } = aKit('LS 300D', ['Light', 'Yoke'], ['Reflector', 'Cable']);
    const openLines = [
      ...members.map((m) => assetLine(m.id, person.id, hoursFromNow(24))),
      ...kit.items.map((i) => itemLine(i.id, person.id, hoursFromNow(24))),
    ];
    const d = decideReturn(
      returnFacts({
        scanned: [scan(members[0]!)],
        kits: [kit],
        openLines,
        confirmedGroupItemIds: [kit.items[0]!.id],
      }),
    );
    expect(d.allowed).toBe(false);
    expect(codes(d.refusals)).toEqual(['kit_incomplete']);
    expect(d.refusals[0]?.message).toBe(
      'The LS 300D kit comes back complete: please scan Yoke and tick Cable.',
    );
  });

  it('partial_return: staff finish it and the missing parts stay on loan', () => {
    const person = aPerson();
    const { kit, members } = aKit('LS 300D', ['Light', 'Yoke'], ['Reflector']);
    const openLines = [
      ...members.map((m) => assetLine(m.id, person.id, hoursFromNow(24))),
      itemLine(kit.items[0]!.id, person.id, hoursFromNow(24)),
    ];
    const d = decideReturn(
      returnFacts({ scanned: [scan(members[0]!)], kits: [kit], openLines, partial: true }),
    );
    expect(d.allowed).toBe(true);
    expect(d.notices.map((n) => n.facts)).toEqual([
      {
        code: 'partial_return',
        kit: { id: kit.id, name: 'LS 300D' },
        stillOut: [{ id: members[1]!.id, name: 'Yoke' }, kit.items[0]],
      },
    ]);
  });

  it('members or accessories already back are not asked for again', () => {
    const person = aPerson();
    const { kit, members } = aKit('Kit', ['A', 'B'], ['x']);
    const d = decideReturn(
      returnFacts({
        scanned: [scan(members[1]!)],
        kits: [kit],
        openLines: [assetLine(members[1]!.id, person.id, NOW)],
      }),
    );
    expect(d.allowed).toBe(true);
  });

  describe('accessories coming back on their own', () => {
    /** A kit whose tagged parts came back: only its accessories are still out on the loan. */
    function leftBehind(itemsOut: number[]) {
      const person = aPerson();
      const { kit } = aKit('Zoom H5 sound', ['Recorder', 'Mic'], ['Windshield', 'XLR cable']);
      const allocationId = 'a0000000-0000-4000-8000-000000000001';
      const openLines = itemsOut.map((i) =>
        itemLine(kit.items[i]!.id, person.id, hoursFromNow(-30), allocationId),
      );
      return { person, kit, allocationId, openLines };
    }

    it('a ticked accessory still out comes back with nothing scanned, and says who had it', () => {
      const { person, kit, allocationId, openLines } = leftBehind([0]);
      const d = decideReturn(
        returnFacts({ kits: [kit], openLines, confirmedGroupItemIds: [kit.items[0]!.id] }),
      );
      expect(d.refusals).toEqual([]);
      expect(d.allowed).toBe(true);
      expect(d.lines).toEqual([]);
      expect(d.items).toEqual([
        {
          groupItemId: kit.items[0]!.id,
          allocationId,
          personId: person.id,
          dueAt: hoursFromNow(-30),
          daysLate: 2,
        },
      ]);
      expect(d.kits).toEqual([
        {
          kit: { id: kit.id, name: 'Zoom H5 sound' },
          missingAssets: [],
          unconfirmedItems: [],
          itemsOnLoan: [],
          complete: true,
        },
      ]);
    });

    it('ticking the same accessory twice returns it once', () => {
      const { kit, openLines } = leftBehind([0]);
      const id = kit.items[0]!.id;
      const d = decideReturn(returnFacts({ kits: [kit], openLines, confirmedGroupItemIds: [id, id] }));
      expect(d.items.map((i) => i.groupItemId)).toEqual([id]);
    });

    it('accessory_not_on_loan: an accessory that is not out is refused with a sentence to act on', () => {
      const { kit, openLines } = leftBehind([0]);
      const d = decideReturn(
        returnFacts({ kits: [kit], openLines, confirmedGroupItemIds: [kit.items[1]!.id] }),
      );
      expect(d.allowed).toBe(false);
      expect(codes(d.refusals)).toEqual(['accessory_not_on_loan']);
      expect(d.refusals[0]?.message).toBe(
        'The XLR cable of the Zoom H5 sound kit is not on loan, so there is nothing to return: untick it.',
      );
      expect(d.refusals[0]?.overridable).toBe(false);
      expect(d.items).toEqual([]);
    });

    it('accessory_unknown: an id that names no accessory of any kit', () => {
      const { kit, openLines } = leftBehind([0]);
      const stranger = 'b0000000-0000-4000-8000-000000000009';
      const d = decideReturn(
        returnFacts({ kits: [kit], openLines, confirmedGroupItemIds: [kit.items[0]!.id, stranger] }),
      );
      expect(d.refusals.map((r) => r.facts)).toEqual([{ code: 'accessory_unknown', groupItemId: stranger }]);
    });

    it('the rest of the kit still out is asked for, unless staff finish a partial return', () => {
      const { kit, openLines } = leftBehind([0, 1]);
      const facts = returnFacts({ kits: [kit], openLines, confirmedGroupItemIds: [kit.items[0]!.id] });
      const whole = decideReturn(facts);
      expect(codes(whole.refusals)).toEqual(['kit_incomplete']);
      expect(whole.refusals[0]?.message).toBe(
        'The Zoom H5 sound kit comes back complete: please tick XLR cable.',
      );
      const part = decideReturn({ ...facts, partial: true });
      expect(part.allowed).toBe(true);
      expect(part.notices.map((n) => n.message)).toEqual([
        'Part of the Zoom H5 sound kit stays on loan: XLR cable.',
      ]);
      expect(part.items.map((i) => i.groupItemId)).toEqual([kit.items[0]!.id]);
    });

    it('an empty basket with nothing ticked is still basket_empty', () => {
      const { kit, openLines } = leftBehind([0, 1]);
      const d = decideReturn(returnFacts({ kits: [kit], openLines }));
      expect(d.refusals.map((r) => r.code)).toEqual(['basket_empty']);
      expect(d.kits).toEqual([]);
    });
  });

  it('property: any subset of what is out comes back whole exactly when nothing out is left behind', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((m) =>
          fc.record({
            m: fc.constant(m),
            out: fc.subarray([...Array(m).keys()], { minLength: 1 }),
            itemsOut: fc.subarray([0, 1, 2]),
            scannedMask: fc.array(fc.boolean(), { minLength: m, maxLength: m }),
            tickedMask: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
          }),
        ),
        ({ m, out, itemsOut, scannedMask, tickedMask }) => {
          const person = aPerson();
          const { kit, members } = aKit(
            'Kit',
            Array.from({ length: m }, (_, i) => `M${i}`),
            ['x', 'y', 'z'],
          );
          const openLines = [
            ...out.map((i) => assetLine(members[i]!.id, person.id, NOW)),
            ...itemsOut.map((i) => itemLine(kit.items[i]!.id, person.id, NOW)),
          ];
          const scannedOut = out.filter((i) => scannedMask[i]);
          const tickedOut = itemsOut.filter((i) => tickedMask[i]);
          const d = decideReturn(
            returnFacts({
              kits: [kit],
              openLines,
              scanned: scannedOut.map((i) => scan(members[i]!)),
              confirmedGroupItemIds: tickedOut.map((i) => kit.items[i]!.id),
            }),
          );
          const empty = scannedOut.length === 0 && tickedOut.length === 0;
          const leftBehind = out.some((i) => !scannedMask[i]) || itemsOut.some((i) => !tickedMask[i]);
          expect(d.allowed).toBe(!empty && !leftBehind);
          expect(codes(d.refusals)).toEqual(empty ? ['basket_empty'] : leftBehind ? ['kit_incomplete'] : []);
          expect(d.lines).toHaveLength(scannedOut.length);
          expect(d.items).toHaveLength(tickedOut.length);
        },
      ),
    );
  });

  it('property: ticking anything that is not out is refused, whatever else comes back', () => {
    fc.assert(
      fc.property(
        fc.subarray([0, 1, 2]),
        fc.subarray([0, 1, 2], { minLength: 1 }),
        fc.boolean(),
        (itemsOut, ticked, partial) => {
          const person = aPerson();
          const { kit } = aKit('Kit', ['M'], ['x', 'y', 'z']);
          const d = decideReturn(
            returnFacts({
              kits: [kit],
              openLines: itemsOut.map((i) => itemLine(kit.items[i]!.id, person.id, NOW)),
              confirmedGroupItemIds: ticked.map((i) => kit.items[i]!.id),
              partial,
            }),
          );
          const notOut = ticked.filter((i) => !itemsOut.includes(i));
          expect(d.refusals.filter((r) => r.code === 'accessory_not_on_loan')).toHaveLength(notOut.length);
          expect(d.allowed).toBe(
            notOut.length === 0 && (partial || itemsOut.every((i) => ticked.includes(i))),
          );
          expect(d.items.map((l) => l.groupItemId).sort()).toEqual(
            ticked
              .filter((i) => itemsOut.includes(i))
              .map((i) => kit.items[i]!.id)
              .sort(),
          );
        },
      ),
    );
  });
});
