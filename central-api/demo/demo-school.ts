/**
 * A plausible school, made the same way every time: two schools sharing an AV department, about 300 pupils
 * and staff with card numbers, about 500 assets, 30 kits with untagged accessories, a few disposed of or
 * not for loan, and loans now and in the past (some overdue).
 */
import type { person, asset, assetGroup, groupItem } from '../db/schema/index.js';
import {
  assetTypes,
  kitOnlyModels,
  kitTemplates,
  models,
  type AssetTypeName,
} from './catalogue-templates.js';
import { demoPeople } from './demo-people.js';
import { seededRandom, seededUuid } from './random.js';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export type DemoLoan = {
  borrowerId: string;
  assetIds: string[];
  groupItemIds: string[];
  /** When it went out, in days before now. */
  outDaysAgo: number;
  /** When it came back, in days before now; null while it is still out. */
  returnedDaysAgo: number | null;
};

export type DemoSchool = {
  locations: { id: string; name: string; area: string }[];
  assetTypes: { id: string; name: AssetTypeName; description: string; loanPeriodHours: number }[];
  disposalTypes: { id: string; name: string }[];
  people: Insert<typeof person>[];
  groups: Insert<typeof assetGroup>[];
  groupItems: Insert<typeof groupItem>[];
  assets: Insert<typeof asset>[];
  loans: DemoLoan[];
  /** The member of staff who lent everything at the desk. */
  lenderId: string;
};

const LOCATIONS = [
  { name: 'AV shed 1', area: 'MHS' },
  { name: 'AV shed 2', area: 'MHS' },
  { name: 'Media office', area: 'Belmont' },
  { name: 'Drama studio', area: 'Walker House' },
  { name: 'Library', area: 'Walker House' },
  { name: 'Music block store', area: 'Belmont' },
];
const DISPOSALS = ['Securely destroyed', 'Sale', 'Donation', 'Recycle'];
const DISPOSAL_REASONS = [
  'Dropped; lens mount cracked',
  'Battery swollen',
  'Beyond economic repair',
  'Replaced by a newer model',
];

const daysAgo = (now: Date, days: number) =>
  new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

export function demoSchool(now: Date, seed = 2026): DemoSchool {
  const random = seededRandom(seed);
  const id = () => seededUuid(random);
  const locations = LOCATIONS.map((l) => ({ id: id(), ...l }));
  const types = Object.entries(assetTypes).map(([name, t]) => ({
    id: id(),
    name: name as AssetTypeName,
    ...t,
  }));
  const typeId = (name: AssetTypeName) => types.find((t) => t.name === name)!.id;
  const disposalTypes = DISPOSALS.map((name) => ({ id: id(), name }));

  const people = demoPeople(random, id);

  let tag = 0;
  const assets: Insert<typeof asset>[] = [];
  const home = (type: AssetTypeName) => locations[type === 'Laptop' ? 2 : type === 'Lighting' ? 1 : 0]!.id;
  const newAsset = (
    name: string,
    type: AssetTypeName,
    manufacturer: string,
    valuePence: number,
    extra = {},
  ) => {
    tag++;
    const homeLocationId = home(type);
    const a: Insert<typeof asset> = {
      id: id(),
      name,
      manufacturer,
      assetTypeId: typeId(type),
      barcode: `KD-${String(tag).padStart(5, '0')}`,
      rfid: random.chance(0.6) ? `E280116${tag.toString(16).padStart(13, '0').toUpperCase()}` : null,
      qrCode: random.chance(0.3) ? `https://kitdesk.test/a/KD-${String(tag).padStart(5, '0')}` : null,
      serialNumber: `${manufacturer.slice(0, 3).toUpperCase()}${random.int(100_000, 999_999)}`,
      purchaseDate: daysAgo(now, random.int(60, 2400)),
      estimatedValuePence: valuePence,
      locationId: homeLocationId,
      homeLocationId,
      ...extra,
    };
    assets.push(a);
    return a;
  };
  for (const m of models) {
    for (let u = 0; u < m.units; u++) {
      newAsset(m.name, m.type, m.manufacturer, m.valuePence, {
        modelId: m.modelId,
        colour: m.colour,
        purchaseSupplier: m.supplier,
        warrantyDetails: random.chance(0.5) ? '2 years return to base' : null,
      });
    }
  }
  for (let u = 0; u < 10; u++) {
    newAsset('Genelec 8030 studio monitor', 'Audio recorder', 'Genelec', 70_000, {
      cannotLend: true,
      description: 'Fixed in the edit suite: not for loan.',
      locationId: locations[2]!.id,
      homeLocationId: locations[2]!.id,
    });
  }

  const groups: Insert<typeof assetGroup>[] = [];
  const groupItems: Insert<typeof groupItem>[] = [];
  const kits: { members: string[]; items: string[] }[] = [];
  for (const template of kitTemplates) {
    for (let k = 1; k <= template.count; k++) {
      const groupId = id();
      groups.push({
        id: groupId,
        name: `${template.name} ${String.fromCharCode(64 + k)}`,
        description: `${template.members.join(', ')}.`,
      });
      const members = template.members.map((name) => {
        const model = models.find((m) => m.name === name);
        const own = kitOnlyModels[name];
        return newAsset(
          name,
          model?.type ?? own!.type,
          model?.manufacturer ?? own!.manufacturer,
          model?.valuePence ?? own!.valuePence,
          {
            groupId,
          },
        ).id!;
      });
      const items = template.items.map((name) => {
        const item = { id: id(), groupId, name, description: null };
        groupItems.push(item);
        return item.id;
      });
      kits.push({ members, items });
    }
  }

  const standalone = assets.filter((a) => !a.groupId && !a.cannotLend);
  for (const a of standalone.slice(-8)) {
    a.disposalDate = daysAgo(now, random.int(10, 400));
    a.disposalReason = random.pick(DISPOSAL_REASONS);
    a.disposalTypeId = random.pick(disposalTypes).id;
    a.locationId = null;
  }

  const lendable = standalone.slice(0, -8);
  const borrowers = people.filter((p) => !p.staff && p.lend !== false);
  const loans: DemoLoan[] = [];
  let next = 0;
  const takeAssets = (n: number) => lendable.splice(random.int(0, lendable.length - n), n).map((a) => a.id!);
  // Overdue: out long enough ago that even a week's loan has run out.
  for (let i = 0; i < 12; i++) {
    loans.push({
      borrowerId: borrowers[next++]!.id!,
      assetIds: takeAssets(random.int(1, 2)),
      groupItemIds: [],
      outDaysAgo: random.int(9, 20),
      returnedDaysAgo: null,
    });
  }
  for (let i = 0; i < 25; i++) {
    loans.push({
      borrowerId: borrowers[next++]!.id!,
      assetIds: takeAssets(random.int(1, 3)),
      groupItemIds: [],
      outDaysAgo: 0,
      returnedDaysAgo: null,
    });
  }
  for (const kit of kits.slice(0, 8)) {
    loans.push({
      borrowerId: borrowers[next++]!.id!,
      assetIds: kit.members,
      groupItemIds: kit.items,
      outDaysAgo: random.int(0, 1),
      returnedDaysAgo: null,
    });
  }
  for (let i = 0; i < 15; i++) {
    const out = random.int(5, 60);
    loans.push({
      borrowerId: borrowers[next++]!.id!,
      assetIds: takeAssets(1),
      groupItemIds: [],
      outDaysAgo: out,
      returnedDaysAgo: out - random.int(1, 4),
    });
  }
  return {
    locations,
    assetTypes: types,
    disposalTypes,
    people,
    groups,
    groupItems,
    assets,
    loans,
    lenderId: people[0]!.id!,
  };
}
