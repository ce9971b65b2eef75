import type Database from 'better-sqlite3';
import {
  credentialKey,
  defaultLendingPolicy,
  isDisposed,
  LendingPolicy,
  type Asset,
  type AssetFacts,
  type GroupItem,
  type KioskPerson,
  type KitFacts,
  type OpenLoanLine,
} from '../../../domain/index.js';

export type Resolved =
  { entity: 'person'; person: KioskPerson } | { entity: 'asset'; asset: Asset } | { entity: 'none' };

type LineRow = {
  kind: 'asset' | 'groupItem';
  targetId: string;
  allocationId: string;
  personId: string;
  dueAt: string;
};

export function assetFacts(a: Asset): AssetFacts {
  return {
    id: a.id,
    name: a.name,
    groupId: a.groupId,
    assetTypeId: a.assetTypeId,
    disposalDate: a.disposalDate,
    cannotLend: a.cannotLend,
    highValue: a.highValue,
    estimatedValuePence: a.estimatedValuePence,
  };
}

const toLine = (r: LineRow): OpenLoanLine =>
  r.kind === 'asset'
    ? {
        kind: 'asset',
        assetId: r.targetId,
        allocationId: r.allocationId,
        personId: r.personId,
        dueAt: r.dueAt,
      }
    : {
        kind: 'groupItem',
        groupItemId: r.targetId,
        allocationId: r.allocationId,
        personId: r.personId,
        dueAt: r.dueAt,
      };

/**
 * Reads the kiosk's copy of the catalogue with this kiosk's unconfirmed events laid over it, so a loan
 * made offline a minute ago counts before the server has seen it. Hot paths use prepared statements.
 */
export class CatalogueReader {
  private readonly byCode: Database.Statement<[string], { entity: 'person' | 'asset'; entityId: string }>;
  private readonly personById: Database.Statement<[string], { data: string }>;
  private readonly pinHashById: Database.Statement<[string], { hash: string | null }>;
  private readonly assetById: Database.Statement<[string], { data: string }>;
  private readonly referenceById: Database.Statement<[string], { data: string }>;
  private readonly membersOfKit: Database.Statement<[string], { data: string }>;
  private readonly itemsOfKit: Database.Statement<[string], { data: string }>;
  private readonly openLinesOfTarget: Database.Statement<[string], LineRow>;
  private readonly openLinesOfPerson: Database.Statement<[string], LineRow>;
  private readonly pendingOfTarget: Database.Statement<[string], LineRow & { direction: 'out' | 'in' }>;
  private readonly pendingOutOfPerson: Database.Statement<[string], LineRow>;
  private readonly pendingInTargets: Database.Statement<[], { targetId: string }>;
  private readonly policyRow: Database.Statement<[], { policy: string | null }>;
  private readonly accessoryById: Database.Statement<[string], { groupId: string; name: string }>;
  private readonly accessoriesOut: Database.Statement<[], { groupItemId: string }>;

  constructor(sqlite: Database.Database) {
    this.byCode = sqlite.prepare('SELECT entity, entity_id AS entityId FROM credentials WHERE code = ?');
    this.personById = sqlite.prepare('SELECT data FROM people WHERE id = ?');
    this.pinHashById = sqlite.prepare('SELECT staff_pin_hash AS hash FROM people WHERE id = ?');
    this.assetById = sqlite.prepare('SELECT data FROM assets WHERE id = ?');
    this.referenceById = sqlite.prepare('SELECT data FROM reference_rows WHERE id = ?');
    this.membersOfKit = sqlite.prepare('SELECT data FROM assets WHERE group_id = ? ORDER BY name');
    // The checklist in the order the console set; rows synced before there was one keep their arrival order.
    this.itemsOfKit = sqlite.prepare(
      `SELECT data FROM group_items WHERE group_id = ?
       ORDER BY coalesce(json_extract(data, '$.position'), 0), rowid`,
    );
    const lineColumns = `l.kind AS kind, l.target_id AS targetId, l.allocation_id AS allocationId,
      a.person_id AS personId, json_extract(a.data, '$.dueAt') AS dueAt`;
    this.openLinesOfTarget = sqlite.prepare(
      `SELECT ${lineColumns} FROM loan_lines l JOIN allocations a ON a.id = l.allocation_id
       WHERE l.target_id = ? AND l.returned_at IS NULL`,
    );
    this.openLinesOfPerson = sqlite.prepare(
      `SELECT ${lineColumns} FROM allocations a JOIN loan_lines l ON l.allocation_id = a.id
       WHERE a.person_id = ? AND l.returned_at IS NULL`,
    );
    const pendingColumns = `kind, target_id AS targetId, allocation_id AS allocationId, person_id AS personId, due_at AS dueAt`;
    this.pendingOfTarget = sqlite.prepare(
      `SELECT direction, ${pendingColumns} FROM pending_lines WHERE target_id = ? ORDER BY id`,
    );
    this.pendingOutOfPerson = sqlite.prepare(
      `SELECT ${pendingColumns} FROM pending_lines WHERE person_id = ? AND direction = 'out'`,
    );
    this.pendingInTargets = sqlite.prepare(
      `SELECT target_id AS targetId FROM pending_lines WHERE direction = 'in'`,
    );
    this.policyRow = sqlite.prepare('SELECT policy FROM sync_state WHERE id = 1');
    this.accessoryById = sqlite.prepare(
      `SELECT group_id AS groupId, json_extract(data, '$.name') AS name FROM group_items WHERE id = ?`,
    );
    this.accessoriesOut = sqlite.prepare(
      `SELECT target_id AS groupItemId FROM loan_lines WHERE kind = 'groupItem' AND returned_at IS NULL
       UNION SELECT target_id FROM pending_lines WHERE kind = 'groupItem' AND direction = 'out'`,
    );
  }

  /** The person or asset a tap or scan names, trying the canonical value and then every alias. */
  resolve(keys: readonly string[]): Resolved {
    for (const key of keys) {
      const hit = this.byCode.get(credentialKey(key));
      if (!hit) continue;
      if (hit.entity === 'person') {
        const person = this.person(hit.entityId);
        if (person) return { entity: 'person', person };
      } else {
        const asset = this.asset(hit.entityId);
        if (asset) return { entity: 'asset', asset };
      }
    }
    return { entity: 'none' };
  }

  person(id: string): KioskPerson | null {
    const row = this.personById.get(id);
    return row ? (JSON.parse(row.data) as KioskPerson) : null;
  }

  /** A member of staff's PIN hash, for the station's staff gate only: it is in no person this reader returns. */
  staffPinHash(personId: string): string | null {
    return this.pinHashById.get(personId)?.hash ?? null;
  }

  asset(id: string): Asset | null {
    const row = this.assetById.get(id);
    return row ? (JSON.parse(row.data) as Asset) : null;
  }

  referenceName(id: string | null): string | null {
    if (id === null) return null;
    const row = this.referenceById.get(id);
    return row ? (JSON.parse(row.data) as { name: string }).name : null;
  }

  kit(groupId: string): KitFacts {
    const members = this.membersOfKit.all(groupId).map((r) => JSON.parse(r.data) as Asset);
    const items = this.itemsOfKit.all(groupId).map((r) => JSON.parse(r.data) as GroupItem);
    return {
      id: groupId,
      name: this.referenceName(groupId) ?? 'Kit',
      members: members.map((m) => ({ id: m.id, name: m.name, disposed: isDisposed(m) })),
      items: items.map((i) => ({ id: i.id, name: i.name })),
    };
  }

  /** An accessory's name and the kit it belongs to. */
  accessory(groupItemId: string): { groupId: string; name: string } | null {
    return this.accessoryById.get(groupItemId) ?? null;
  }

  /** Every accessory that may be out: pass them through `openLinesOf` for what this kiosk has done since. */
  accessoriesPossiblyOut(): string[] {
    return this.accessoriesOut.all().map((r) => r.groupItemId);
  }

  /** Open lines of these assets or accessories: the server's, minus what this kiosk took back, plus what it lent. */
  openLinesOf(targetIds: readonly string[]): OpenLoanLine[] {
    const out: OpenLoanLine[] = [];
    for (const id of targetIds) {
      let lines = this.openLinesOfTarget.all(id);
      for (const p of this.pendingOfTarget.all(id)) {
        if (p.direction === 'in') lines = [];
        else lines = [...lines.filter((l) => l.allocationId !== p.allocationId), p];
      }
      out.push(...lines.map(toLine));
    }
    return out;
  }

  /** Everything a person has out, with this kiosk's unconfirmed loans and returns laid over. */
  openLinesOfPersonWithOverlay(personId: string): OpenLoanLine[] {
    const returned = new Set(this.pendingInTargets.all().map((r) => r.targetId));
    const server = this.openLinesOfPerson.all(personId).filter((l) => !returned.has(l.targetId));
    const pending = this.pendingOutOfPerson.all(personId).filter((l) => !returned.has(l.targetId));
    const seen = new Set(server.map((l) => `${l.allocationId}:${l.targetId}`));
    return [...server, ...pending.filter((l) => !seen.has(`${l.allocationId}:${l.targetId}`))].map(toLine);
  }

  policy(): LendingPolicy {
    const row = this.policyRow.get();
    return row?.policy ? LendingPolicy.parse(JSON.parse(row.policy)) : defaultLendingPolicy;
  }
}
