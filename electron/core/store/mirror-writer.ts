import type Database from 'better-sqlite3';
import { credentialKey, derivedKeys, type Change, type SyncTable } from '../../../domain/index.js';

/**
 * Writes pulled changes into the mirror with prepared statements: an initial sync is a hundred thousand
 * rows, and building each statement anew cost more than the writes. Callers wrap a page in one transaction.
 */
export class MirrorWriter {
  private readonly s: Record<string, Database.Statement>;

  constructor(sqlite: Database.Database) {
    const upsert = (table: string, columns: string[]) =>
      sqlite.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
         ON CONFLICT (id) DO UPDATE SET ${columns
           .filter((c) => c !== 'id')
           .map((c) => `${c} = excluded.${c}`)
           .join(', ')}`,
      );
    this.s = {
      person: upsert('people', ['id', 'name', 'data', 'staff_pin_hash']),
      asset: upsert('assets', ['id', 'group_id', 'name', 'data']),
      groupItem: upsert('group_items', ['id', 'group_id', 'data']),
      reference: upsert('reference_rows', ['id', 'table_name', 'data']),
      allocation: upsert('allocations', ['id', 'person_id', 'data']),
      loanLine: upsert('loan_lines', ['id', 'allocation_id', 'kind', 'target_id', 'returned_at', 'data']),
      dropCredentials: sqlite.prepare('DELETE FROM credentials WHERE entity_id = ?'),
      storedCredential: sqlite.prepare(
        `INSERT INTO credentials (code, entity, entity_id) VALUES (?, ?, ?)
         ON CONFLICT (code) DO UPDATE SET entity = excluded.entity, entity_id = excluded.entity_id`,
      ),
      derivedCredential: sqlite.prepare(
        'INSERT INTO credentials (code, entity, entity_id) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING',
      ),
      deletePerson: sqlite.prepare('DELETE FROM people WHERE id = ?'),
      deleteAsset: sqlite.prepare('DELETE FROM assets WHERE id = ?'),
      deleteGroupItem: sqlite.prepare('DELETE FROM group_items WHERE id = ?'),
      deleteReference: sqlite.prepare('DELETE FROM reference_rows WHERE id = ?'),
      deleteAllocation: sqlite.prepare('DELETE FROM allocations WHERE id = ?'),
      deleteLoanLine: sqlite.prepare('DELETE FROM loan_lines WHERE id = ?'),
    };
  }

  apply(change: Change): void {
    if (change.op === 'delete') this.remove(change.table, change.id);
    else this.upsert(change);
  }

  private credentials(entity: 'person' | 'asset', id: string, codes: (string | null)[]): void {
    this.s.dropCredentials!.run(id);
    const stored = codes.flatMap((c) => (c === null ? [] : [credentialKey(c)]));
    for (const code of stored) this.s.storedCredential!.run(code, entity, id);
    // A derived number never displaces a value someone stored.
    for (const code of stored.flatMap(derivedKeys)) this.s.derivedCredential!.run(code, entity, id);
  }

  private remove(table: SyncTable, id: string): void {
    switch (table) {
      case 'person':
        this.s.deletePerson!.run(id);
        this.s.dropCredentials!.run(id);
        return;
      case 'asset':
        this.s.deleteAsset!.run(id);
        this.s.dropCredentials!.run(id);
        return;
      case 'groupItem':
        this.s.deleteGroupItem!.run(id);
        return;
      case 'group':
      case 'location':
      case 'assetType':
      case 'disposalType':
        this.s.deleteReference!.run(id);
        return;
      case 'allocation':
        this.s.deleteAllocation!.run(id);
        return;
      case 'allocationAssetLine':
      case 'allocationItemLine':
        this.s.deleteLoanLine!.run(id);
        return;
      default: {
        const unreachable: never = table;
        throw new Error(`Unknown sync table ${String(unreachable)}`);
      }
    }
  }

  private upsert(change: Change & { op: 'upsert' }): void {
    const data = JSON.stringify(change.row);
    switch (change.table) {
      case 'person': {
        const { staffPinHash, ...p } = change.row;
        this.s.person!.run(p.id, p.name, JSON.stringify(p), staffPinHash);
        this.credentials('person', p.id, [p.rfid, p.barcode]);
        return;
      }
      case 'asset': {
        const a = change.row;
        this.s.asset!.run(a.id, a.groupId, a.name, data);
        this.credentials('asset', a.id, [a.barcode, a.rfid, a.qrCode]);
        return;
      }
      case 'groupItem':
        this.s.groupItem!.run(change.row.id, change.row.groupId, data);
        return;
      case 'group':
      case 'location':
      case 'assetType':
      case 'disposalType':
        this.s.reference!.run(change.id, change.table, data);
        return;
      case 'allocation':
        this.s.allocation!.run(change.row.id, change.row.personId, data);
        return;
      case 'allocationAssetLine':
        this.s.loanLine!.run(
          change.row.id,
          change.row.allocationId,
          'asset',
          change.row.assetId,
          change.row.returnedAt,
          data,
        );
        return;
      case 'allocationItemLine':
        this.s.loanLine!.run(
          change.row.id,
          change.row.allocationId,
          'groupItem',
          change.row.groupItemId,
          change.row.returnedAt,
          data,
        );
        return;
      default: {
        const unreachable: never = change;
        throw new Error(`Unknown sync change ${JSON.stringify(unreachable)}`);
      }
    }
  }
}
