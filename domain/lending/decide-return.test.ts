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
    const d = decideReturn(returnFacts({ scanned: [scan(a)], openLoans: [line] }));
    expect(d.allowed).toBe(true);
    expect(d.lines).toEqual([
      { assetId: a.id, allocationId: line.allocationId, personId: person.id, dueAt: line.dueAt, daysLate: 3 },
    ]);
  });

  it('an on-time return is 0 days late', () => {
    const a = anAsset();
    const d = decideReturn(
      returnFacts({ scanned: [scan(a)], openLoans: [assetLine(a.id, aPerson().id, hoursFromNow(5))] }),
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
    const openLoans = [
      ...members.map((m) => assetLine(m.id, person.id, hoursFromNow(24))),
      ...kit.items.map((i) => itemLine(i.id, person.id, hoursFromNow(24))),
    ];
    const d = decideReturn(
      returnFacts({
        scanned: [scan(members[0]!)],
        kits: [kit],
        openLoans,
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
    const openLoans = [
      ...members.map((m) => assetLine(m.id, person.id, hoursFromNow(24))),
      itemLine(kit.items[0]!.id, person.id, hoursFromNow(24)),
    ];
    const d = decideReturn(
      returnFacts({ scanned: [scan(members[0]!)], kits: [kit], openLoans, partial: true }),
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
        openLoans: [assetLine(members[1]!.id, person.id, NOW)],
      }),
    );
    expect(d.allowed).toBe(true);
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
          const openLoans = [
            ...out.map((i) => assetLine(members[i]!.id, person.id, NOW)),
            ...itemsOut.map((i) => itemLine(kit.items[i]!.id, person.id, NOW)),
          ];
          const scannedOut = out.filter((i) => scannedMask[i]);
          fc.pre(scannedOut.length > 0);
          const d = decideReturn(
            returnFacts({
              kits: [kit],
              openLoans,
              scanned: scannedOut.map((i) => scan(members[i]!)),
              confirmedGroupItemIds: [0, 1, 2].filter((i) => tickedMask[i]).map((i) => kit.items[i]!.id),
            }),
          );
          const leftBehind = out.some((i) => !scannedMask[i]) || itemsOut.some((i) => !tickedMask[i]);
          expect(d.allowed).toBe(!leftBehind);
          expect(d.lines).toHaveLength(scannedOut.length);
        },
      ),
    );
  });
});
