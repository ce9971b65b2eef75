/**
 * A small school with a known history, written straight into the database (set-up, not the code under
 * test), for the report tests to compute their expected answers from by hand. Times are in March 2025,
 * when London keeps GMT, so local days and UTC days are the same.
 */
import { eq } from 'drizzle-orm';
import { newId } from '../../domain/ids.js';
import type { Db } from '../db/database.js';
import {
  allocation,
  allocationAssetLine,
  allocationItemLine,
  asset,
  assetGroup,
  assetType,
  groupItem,
  location,
  person,
} from '../db/schema/index.js';

/** "Now" for every report test: Wednesday 12 March 2025, noon. */
export const REPORT_NOW = new Date('2025-03-12T12:00:00Z');
const LONG_AGO = new Date('2025-01-01T00:00:00Z');

const at = (iso: string) => new Date(iso);

export async function seedReportSchool(db: Db) {
  const shed = { id: newId(), name: 'AV shed', area: 'MHS', createdAt: LONG_AGO };
  const studio = { id: newId(), name: 'Studio', area: 'Walker House', createdAt: LONG_AGO };
  await db.insert(location).values([shed, studio]);
  const camera = { id: newId(), name: 'Camera', loanPeriodHours: 72 };
  const tripod = { id: newId(), name: 'Tripod', loanPeriodHours: 72 };
  const lighting = { id: newId(), name: 'Lighting', loanPeriodHours: 72 };
  await db.insert(assetType).values([camera, tripod, lighting]);

  const people = {
    amira: { id: newId(), name: 'Amira Khan', school: 'Belmont', department: 'Media' },
    ben: { id: newId(), name: 'Ben Ode', school: 'Belmont', department: 'Film' },
    cara: { id: newId(), name: 'Cara Li', school: 'Walker House', department: 'Media' },
  };
  await db.insert(person).values(Object.values(people));

  const kit = { id: newId(), name: 'Light kit' };
  await db.insert(assetGroup).values(kit);
  const reflector = { id: newId(), groupId: kit.id, name: 'Reflector' };
  const cable = { id: newId(), groupId: kit.id, name: 'Cable' };
  await db.insert(groupItem).values([reflector, cable]);

  const item = (name: string, type: { id: string } | null, home: { id: string }, over: object = {}) => ({
    id: newId(),
    name,
    barcode: `R-${name}`,
    assetTypeId: type?.id ?? null,
    homeLocationId: home.id,
    locationId: home.id,
    createdAt: LONG_AGO,
    ...over,
  });
  const assets = {
    cam1: item('cam1', camera, shed),
    cam2: item('cam2', camera, shed),
    cam3: item('cam3', camera, studio),
    cam4: item('cam4', camera, studio, { locationId: shed.id }),
    tri1: item('tri1', tripod, shed),
    tri2: item('tri2', tripod, studio, { locationId: shed.id }),
    mic: item('mic', null, shed),
    light1: item('light1', lighting, shed, { groupId: kit.id }),
    old: item('old', camera, shed, { disposalDate: '2025-01-01', disposalReason: 'Broken beyond repair' }),
  };
  await db.insert(asset).values(Object.values(assets));

  type Line = { asset: { id: string }; returnedAt?: string; to?: { id: string } };
  const lend = async (
    who: { id: string },
    outAt: string,
    dueAt: string,
    lines: Line[],
    items: { item: { id: string }; returnedAt?: string }[] = [],
  ) => {
    const id = newId();
    const open = lines.some((l) => !l.returnedAt) || items.some((i) => !i.returnedAt);
    const lastBack = [...lines, ...items]
      .map((l) => l.returnedAt ?? '')
      .sort()
      .at(-1)!;
    await db.insert(allocation).values({
      id,
      personId: who.id,
      outAt: at(outAt),
      dueAt: at(dueAt),
      returnedAt: open ? null : at(lastBack),
    });
    await db.insert(allocationAssetLine).values(
      lines.map((l) => ({
        id: newId(),
        allocationId: id,
        assetId: l.asset.id,
        returnedAt: l.returnedAt ? at(l.returnedAt) : null,
        returnedToLocationId: l.returnedAt ? (l.to ?? shed).id : null,
      })),
    );
    if (items.length > 0) {
      await db.insert(allocationItemLine).values(
        items.map((i) => ({
          id: newId(),
          allocationId: id,
          groupItemId: i.item.id,
          returnedAt: i.returnedAt ? at(i.returnedAt) : null,
        })),
      );
    }
    return id;
  };
  const { amira, ben, cara } = people;
  const { cam1, cam2, cam4, tri1, light1 } = assets;
  const loans = {
    l1: await lend(amira, '2025-03-03T09:00:00Z', '2025-03-06T09:00:00Z', [
      { asset: cam1, returnedAt: '2025-03-05T09:00:00Z' },
    ]),
    l2: await lend(amira, '2025-03-04T10:00:00Z', '2025-03-07T10:00:00Z', [{ asset: cam2 }, { asset: tri1 }]),
    l3: await lend(ben, '2025-03-10T08:00:00Z', '2025-03-13T08:00:00Z', [{ asset: cam1 }]),
    l4: await lend(
      cara,
      '2025-02-24T12:00:00Z',
      '2025-02-27T12:00:00Z',
      [{ asset: light1, returnedAt: '2025-02-26T12:00:00Z' }],
      [{ item: reflector, returnedAt: '2025-02-26T12:00:00Z' }, { item: cable }],
    ),
    l5: await lend(ben, '2025-02-03T09:00:00Z', '2025-02-10T09:00:00Z', [
      { asset: tri1, returnedAt: '2025-02-05T09:00:00Z', to: studio },
    ]),
    l6: await lend(cara, '2025-03-01T09:00:00Z', '2025-03-04T09:00:00Z', [
      { asset: cam4, returnedAt: '2025-03-02T09:00:00Z' },
    ]),
  };
  // Where each asset is now: with its borrower while on its open loan, or where it came back to.
  for (const a of [cam2, tri1, cam1]) {
    await db.update(asset).set({ locationId: null }).where(eq(asset.id, a.id));
  }
  return { shed, studio, camera, tripod, lighting, people, kit, reflector, cable, assets, loans };
}
export type ReportSchool = Awaited<ReturnType<typeof seedReportSchool>>;
