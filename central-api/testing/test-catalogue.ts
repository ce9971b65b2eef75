/** A small catalogue made through the API as staff would make it, for lending and sync tests. */
import { Asset } from '../../domain/model/asset.js';
import { Group, GroupItem } from '../../domain/model/kit.js';
import { Person } from '../../domain/model/person.js';
import { AssetType, DisposalType, Location } from '../../domain/model/reference.js';
import type { Caller } from './http.js';

async function made<T>(
  schema: { parse(x: unknown): T },
  res: Promise<{ statusCode: number; json(): unknown; body: string }>,
) {
  const r = await res;
  if (r.statusCode !== 201) throw new Error(`set-up failed: ${r.statusCode} ${r.body}`);
  return schema.parse(r.json());
}

let serial = 0;
/** Labels unique within a test database. */
export const label = (prefix: string) => `${prefix}-${++serial}-${Math.random().toString(36).slice(2, 7)}`;

export type Catalogue = Awaited<ReturnType<typeof makeCatalogue>>;

export async function makeCatalogue(staff: Caller) {
  const shed = await made(Location, staff.post('/locations', { name: 'AV shed 2', area: 'MHS' }));
  const studio = await made(
    Location,
    staff.post('/locations', { name: 'Drama studio', area: 'Walker House' }),
  );
  const cameras = await made(AssetType, staff.post('/asset-types', { name: 'Camera', loanPeriodHours: 72 }));
  const recycle = await made(DisposalType, staff.post('/disposal-types', { name: 'Recycle' }));
  const asset = (name: string, over: object = {}) =>
    made(
      Asset,
      staff.post('/assets', {
        name,
        barcode: label('KD'),
        rfid: label('E200'),
        locationId: shed.id,
        homeLocationId: shed.id,
        estimatedValuePence: 40_000,
        ...over,
      }),
    );
  const person = (name: string, over: object = {}) =>
    made(Person, staff.post('/people', { name, rfid: label('CARD'), barcode: label('P'), ...over }));
  const kit = async (name: string, memberNames: string[], itemNames: string[]) => {
    const group = await made(Group, staff.post('/groups', { name }));
    const members: Asset[] = [];
    for (const m of memberNames) members.push(await asset(m, { groupId: group.id }));
    const items: GroupItem[] = [];
    for (const i of itemNames)
      items.push(await made(GroupItem, staff.post(`/groups/${group.id}/items`, { name: i })));
    return { group, members, items };
  };
  return { shed, studio, cameras, recycle, asset, person, kit };
}
