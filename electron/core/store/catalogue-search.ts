import type Database from 'better-sqlite3';
import { credentialKey, type Asset, type KioskPerson, type SearchResult } from '../../../domain/index.js';
import type { CatalogueReader } from './catalogue-reader.js';

/** Staff look-ups on the kiosk's copy: by name (anywhere in it) or by any label or card value. */
export class CatalogueSearch {
  private readonly people: Database.Statement<[string, string, number], { data: string }>;
  private readonly assets: Database.Statement<[string, string, number], { data: string }>;

  constructor(
    sqlite: Database.Database,
    private readonly reader: CatalogueReader,
  ) {
    const byNameOrCode = (table: 'people' | 'assets', entity: 'person' | 'asset') =>
      sqlite.prepare<[string, string, number], { data: string }>(
        `SELECT data FROM ${table} WHERE name LIKE ? ESCAPE '\\'
         OR id IN (SELECT entity_id FROM credentials WHERE code = ? AND entity = '${entity}')
         ORDER BY name LIMIT ?`,
      );
    this.people = byNameOrCode('people', 'person');
    this.assets = byNameOrCode('assets', 'asset');
  }

  search(query: string, limit: number): SearchResult {
    const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const code = credentialKey(query);
    const assets = this.assets.all(like, code, limit).map((r) => JSON.parse(r.data) as Asset);
    const loans = new Map(
      this.reader
        .openLinesOf(assets.map((a) => a.id))
        .flatMap((l) => (l.kind === 'asset' ? [[l.assetId, l.allocationId]] : [])),
    );
    return {
      people: this.people.all(like, code, limit).map((r) => JSON.parse(r.data) as KioskPerson),
      assets: assets.map((a) => ({ ...a, allocationId: loans.get(a.id) ?? null })),
    };
  }
}
