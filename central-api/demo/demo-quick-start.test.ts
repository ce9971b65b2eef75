import { describe, expect, it } from 'vitest';
import { demoSchool } from './demo-school.js';

/**
 * The README's "Try the demo" table names cards and labels of the demo school: they must stay what it says,
 * free to lend on a fresh start, whatever the day.
 */
describe('the demo school the README walks through', () => {
  for (const day of ['2026-11-24T09:00:00Z', '2027-06-01T09:00:00Z']) {
    const school = demoSchool(new Date(day));
    const out = new Set(school.loans.filter((l) => l.returnedDaysAgo === null).flatMap((l) => l.assetIds));
    const borrowing = new Set(
      school.loans.filter((l) => l.returnedDaysAgo === null).map((l) => l.borrowerId),
    );
    // Rows as inserted: a column left out takes the database's default (not staff, may borrow, lendable).
    const person = (name: string) => {
      const p = school.people.find((row) => row.name === name)!;
      return { id: p.id!, staff: p.staff ?? false, lend: p.lend ?? true };
    };
    const label = (barcode: string) => {
      const a = school.assets.find((row) => row.barcode === barcode)!;
      const { id, name, estimatedValuePence } = a;
      return {
        id: id!,
        name,
        estimatedValuePence,
        cannotLend: a.cannotLend ?? false,
        groupId: a.groupId ?? null,
        disposalDate: a.disposalDate ?? null,
      };
    };

    it(`has the people it names, as it says (${day})`, () => {
      expect(person('Maya Okafor')).toMatchObject({ staff: false, lend: true });
      expect(borrowing.has(person('Maya Okafor').id)).toBe(false);
      expect(person('Leo Clarke')).toMatchObject({ lend: false });
      expect(person('Mr Ben Brown')).toMatchObject({ staff: true });
    });

    it(`has the labels it names, free to lend where it lends them (${day})`, () => {
      expect(label('KD-00001')).toMatchObject({ name: 'Canon EOS R50', cannotLend: false, groupId: null });
      expect(label('KD-00406')).toMatchObject({ cannotLend: true });
      expect(label('KD-00041')).toMatchObject({ name: 'Sony FX30', estimatedValuePence: 180_000 });
      const kit = school.groups.find((g) => g.name === 'Aputure LS 300D lighting kit A')!;
      const members = school.assets.filter((a) => a.groupId === kit.id);
      expect(members.map((a) => a.barcode)).toEqual(['KD-00440', 'KD-00441', 'KD-00442']);
      expect(school.groupItems.filter((i) => i.groupId === kit.id)).toHaveLength(3);
      for (const a of [label('KD-00001'), label('KD-00041'), ...members.map((m) => label(m.barcode!))]) {
        expect(out.has(a.id)).toBe(false);
        expect(a.disposalDate).toBeNull();
      }
    });
  }
});
