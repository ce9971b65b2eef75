import type Database from 'better-sqlite3';
import type { ConflictAsset, KioskEventPayload, NamedRef } from '../../../domain/index.js';

export type ConflictParties = { borrower: NamedRef | null; assets: ConflictAsset[] };

/**
 * Who and what a refused event was about, read from the mirror when the refusal arrives: the desk shows
 * names and tags even if the catalogue later forgets the person (erasure) or the item.
 */
export function conflictPartiesReader(
  sqlite: Database.Database,
): (payload: KioskEventPayload) => ConflictParties {
  const personName = sqlite.prepare(`SELECT name FROM people WHERE id = ?`);
  const asset = sqlite.prepare(
    `SELECT name, json_extract(data, '$.barcode') AS tag FROM assets WHERE id = ?`,
  );
  const assetOf = (id: string): ConflictAsset => {
    const row = asset.get(id) as { name: string; tag: string | null } | undefined;
    return { id, name: row?.name ?? 'An item no longer in the catalogue', tag: row?.tag ?? null };
  };
  return (payload) => {
    switch (payload.type) {
      case 'checkout': {
        const person = personName.get(payload.personId) as { name: string } | undefined;
        return {
          borrower: { id: payload.personId, name: person?.name ?? 'Someone no longer in the catalogue' },
          assets: payload.assetIds.map(assetOf),
        };
      }
      case 'return':
        return { borrower: null, assets: payload.assets.map((a) => assetOf(a.assetId)) };
      default: {
        const unreachable: never = payload;
        return unreachable;
      }
    }
  };
}
