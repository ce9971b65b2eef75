/** The demo school's pupils and staff: two schools, card numbers as printed on EM4100 cards. */
import type { person } from '../db/schema/index.js';
import type { Random } from './random.js';

const FIRST = [
  'Amira',
  'Ben',
  'Chloe',
  'Dev',
  'Ella',
  'Finn',
  'Grace',
  'Hamza',
  'Isla',
  'Jack',
  'Kai',
  'Leah',
  'Mason',
  'Nia',
  'Oscar',
  'Priya',
  'Quinn',
  'Ruby',
  'Sami',
  'Tara',
  'Umar',
  'Violet',
  'Will',
  'Yasmin',
  'Zac',
  'Aisha',
  'Leo',
  'Maya',
  'Noah',
  'Sofia',
];
const LAST = [
  'Khan',
  'Smith',
  'Patel',
  'Jones',
  'Okafor',
  'Williams',
  'Nowak',
  'Brown',
  'Ahmed',
  'Taylor',
  'Murphy',
  'Singh',
  'Evans',
  'Hughes',
  'Begum',
  'Wilson',
  'Clarke',
  'Ali',
  'Walker',
  'Osei',
];
const SCHOOLS = ['Belmont', 'Walker House'] as const;
const DEPARTMENTS = ['Media Studies', 'Drama', 'Music', 'Art', 'Computing', 'English', 'Science'];

/** 30 members of staff (with school emails, none able to sign in) and 270 pupils, a few barred from borrowing. */
export function demoPeople(random: Random, id: () => string): (typeof person.$inferInsert)[] {
  const people: (typeof person.$inferInsert)[] = [];
  const cardsUsed = new Set<string>();
  const card = () => {
    for (;;) {
      const c = String(random.int(1_000_000, 4_294_967_295)).padStart(10, '0');
      if (!cardsUsed.has(c)) return (cardsUsed.add(c), c);
    }
  };
  for (let i = 0; i < 30; i++) {
    const [first, last] = [FIRST[i % FIRST.length]!, LAST[(i * 7) % LAST.length]!];
    const school = SCHOOLS[i % 2]!;
    people.push({
      id: id(),
      name: `${i % 3 === 0 ? 'Ms' : 'Mr'} ${first} ${last}`,
      email:
        `${first}.${last}.${i}@${school === 'Belmont' ? 'belmont' : 'walkerhouse'}.sch.test`.toLowerCase(),
      department: DEPARTMENTS[i % DEPARTMENTS.length]!,
      school,
      staff: true,
      isAdmin: i === 0,
      rfid: card(),
      barcode: `T${String(1000 + i)}`,
    });
  }
  for (let i = 0; i < 270; i++) {
    const school = SCHOOLS[i % 2]!;
    people.push({
      id: id(),
      name: `${random.pick(FIRST)} ${random.pick(LAST)}`,
      department: `Year ${7 + (i % 7)}`,
      school,
      lend: !(i % 54 === 5),
      rfid: card(),
      barcode: `S${String(200_000 + i)}`,
    });
  }
  return people;
}
