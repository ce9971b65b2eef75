/** The asset type, locations, kit and owner a row names, looked up by name (and the owner by email). */
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { textArray } from '../db/raw-query.js';
import { assetGroup, assetType, location, person } from '../db/schema/index.js';
import type { AssetInput, Reference } from './asset-rows.js';
import type { Problems } from './import-columns.js';

export type ReferenceIds = {
  assetTypeId?: string | null;
  locationId?: string | null;
  homeLocationId?: string | null;
  groupId?: string | null;
  ownerId?: string | null;
};

const idField: Record<Reference, keyof ReferenceIds> = {
  assetType: 'assetTypeId',
  location: 'locationId',
  homeLocation: 'homeLocationId',
  kit: 'groupId',
  owner: 'ownerId',
};
const what: Record<Reference, string> = {
  assetType: 'asset type',
  location: 'location',
  homeLocation: 'location',
  kit: 'kit',
  owner: 'person with the email',
};

const key = (name: string) => name.trim().toLowerCase();

function byName(rows: readonly { id: string; name: string | null }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of rows) if (r.name !== null) map.set(key(r.name), [...(map.get(key(r.name)) ?? []), r.id]);
  return map;
}

/** Load every name the file could mean, once, and return the lookup for one row. */
export async function referenceLookup(tx: Tx, inputs: readonly AssetInput[]) {
  const emails = [...new Set(inputs.flatMap((i) => (i.references.owner ? [key(i.references.owner)] : [])))];
  // One after the other: a transaction is one connection, which runs one query at a time.
  const types = await tx.select({ id: assetType.id, name: assetType.name }).from(assetType);
  const locations = await tx.select({ id: location.id, name: location.name }).from(location);
  const kits = await tx.select({ id: assetGroup.id, name: assetGroup.name }).from(assetGroup);
  const owners = await tx
    .select({ id: person.id, name: person.email })
    .from(person)
    .where(sql`${person.email} = any(${textArray(emails)})`);
  const maps: Record<Reference, Map<string, string[]>> = {
    assetType: byName(types),
    location: byName(locations),
    homeLocation: byName(locations),
    kit: byName(kits),
    owner: byName(owners),
  };
  return (input: AssetInput, problems: Problems): ReferenceIds | null => {
    const ids: ReferenceIds = {};
    let ok = true;
    for (const [ref, name] of Object.entries(input.references) as [Reference, string | null][]) {
      if (name === null) {
        ids[idField[ref]] = null;
        continue;
      }
      const found = maps[ref].get(key(name)) ?? [];
      const header = input.headers.get(ref)!;
      if (found.length === 1) ids[idField[ref]] = found[0]!;
      else if (found.length === 0) {
        ok = false;
        problems.add(
          input.line,
          header,
          'unknown_reference',
          `There is no ${what[ref]} “${name}”: check the spelling, or add it first.`,
          name,
        );
      } else {
        ok = false;
        problems.add(
          input.line,
          header,
          'ambiguous_reference',
          `${found.length} ${what[ref]}s are called “${name}”: rename one so the import can tell them apart.`,
          name,
        );
      }
    }
    return ok ? ids : null;
  };
}
