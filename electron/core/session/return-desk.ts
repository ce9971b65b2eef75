import {
  decideReturn,
  KitdeskError,
  reason,
  type Asset,
  type Credential,
  type Cue,
  type KitFacts,
  type Reason,
  type ScanOutcome,
  type ReturnDecision,
  type ReturnView,
} from '../../../domain/index.js';
import { assetFacts, type CatalogueReader } from '../store/catalogue-reader.js';
import type { Outbox } from '../store/outbox.js';
import type { Clock } from './clock.js';
import { itemIdsOf, kitsOf, kitViews } from './kit-views.js';
import { ScanFeedback } from './scan-feedback.js';

export type ReturnDeskDeps = {
  reader: CatalogueReader;
  outbox: Outbox;
  clock: Clock;
  /** Where this station is: returned items are there now. */
  locationId: () => string | null;
  onView: (view: ReturnView) => void;
  onCue: (cue: Cue) => void;
  onRecorded: () => void;
};

/**
 * The staff desk's return flow: scan items (no borrower needed), see who had each and how late, tick the
 * accessories that came back, note condition, and finish a full or a partial return.
 */
export class ReturnDesk {
  private phase: ReturnView['phase'] = 'idle';
  private lines: Asset[] = [];
  private notes = new Map<string, string | null>();
  private ticked = new Set<string>();
  private lastScan: ReturnView['lastScan'] = null;
  private summary: ReturnView['summary'] = null;

  private readonly feedback: ScanFeedback;

  constructor(private readonly deps: ReturnDeskDeps) {
    this.feedback = new ScanFeedback(deps.clock, deps.onCue);
  }

  credential(c: Credential): ReturnView {
    const hit = this.deps.reader.resolve([c.canonical, ...c.aliases]);
    if (this.phase === 'done') this.clear();
    if (hit.entity === 'asset') this.scanned(hit.asset);
    else if (hit.entity === 'person')
      this.note('ignored', `That is ${hit.person.name}’s card: scan the items being returned.`);
    else this.refuse([reason({ code: 'asset_unknown', credential: c.canonical })]);
    return this.changed();
  }

  private scanned(a: Asset): void {
    if (this.lines.some((l) => l.id === a.id))
      return this.note('ignored', `${a.name} is already on the list.`);
    if (this.deps.reader.openLinesOf([a.id]).length === 0) {
      return this.refuse([reason({ code: 'asset_not_on_loan', asset: { id: a.id, name: a.name } })]);
    }
    this.phase = 'scanning';
    this.lines.push(a);
    this.note('added', `${a.name} checked in.`);
  }

  tickItem(groupItemId: string, confirmed: boolean): ReturnView {
    this.requireLines();
    if (!itemIdsOf(this.kits()).has(groupItemId)) {
      throw new KitdeskError('not_found', 'That accessory is not part of a kit on this return.');
    }
    if (confirmed) this.ticked.add(groupItemId);
    else this.ticked.delete(groupItemId);
    return this.changed();
  }

  setCondition(assetId: string, note: string | null): ReturnView {
    this.requireLines();
    if (!this.lines.some((l) => l.id === assetId))
      throw new KitdeskError('not_found', 'That item is not on this return.');
    this.notes.set(assetId, note && note.length > 0 ? note : null);
    return this.changed();
  }

  finish(partial: boolean): ReturnView {
    this.requireLines();
    const decision = this.decide(partial);
    if (!decision.allowed) {
      this.refuse(decision.refusals);
      return this.changed();
    }
    const outItems = new Set(this.openTargets().items);
    const items = [...this.ticked].filter((id) => outItems.has(id));
    this.deps.outbox.record({
      at: new Date(this.deps.clock.now()).toISOString(),
      summary: `Return: ${this.lines.map((l) => l.name).join(', ')}`,
      payload: {
        type: 'return',
        assets: this.lines.map((l) => ({ assetId: l.id, conditionNote: this.notes.get(l.id) ?? null })),
        groupItemIds: items,
        partial,
        locationId: this.deps.locationId(),
        staffId: null,
      },
    });
    const itemNames = new Map(this.kits().flatMap((k) => k.items.map((i) => [i.id, i.name] as const)));
    this.summary = {
      returned: [...this.lines.map((l) => l.name), ...items.map((id) => itemNames.get(id) ?? 'Accessory')],
      stillOut: decision.notices.flatMap((n) =>
        n.facts.code === 'partial_return' ? n.facts.stillOut.map((s) => s.name) : [],
      ),
    };
    this.phase = 'done';
    this.lines = [];
    this.ticked = new Set();
    this.notes = new Map();
    this.lastScan = null;
    this.deps.onCue('loan-done');
    this.deps.onRecorded();
    return this.changed();
  }

  cancel(): ReturnView {
    this.clear();
    return this.changed();
  }

  view(): ReturnView {
    const decision = this.lines.length > 0 ? this.decide(false) : null;
    const here = this.deps.locationId();
    const byId = new Map(this.lines.map((l) => [l.id, l]));
    return {
      phase: this.phase,
      lines: (decision?.lines ?? []).map((l) => {
        const asset = byId.get(l.assetId)!;
        return {
          assetId: l.assetId,
          name: asset.name,
          kitId: asset.groupId,
          borrowerId: l.personId,
          borrowerName: this.deps.reader.person(l.personId)?.name ?? 'A former borrower',
          dueAt: l.dueAt,
          daysLate: l.daysLate,
          conditionNote: this.notes.get(l.assetId) ?? null,
          awayFromHome: asset.homeLocationId !== null && asset.homeLocationId !== here,
        };
      }),
      kits: decision ? kitViews(decision.kits, this.kits(), this.ticked) : [],
      refusals: decision?.refusals ?? [],
      notices: decision?.notices ?? [],
      allowed: decision?.allowed ?? false,
      lastScan: this.lastScan,
      summary: this.summary,
    };
  }

  private decide(partial: boolean): ReturnDecision {
    const { assets, items } = this.openTargets();
    return decideReturn({
      scanned: this.lines.map((l) => ({ kind: 'asset', asset: assetFacts(l) })),
      confirmedGroupItemIds: [...this.ticked],
      kits: this.kits(),
      openLoans: this.deps.reader.openLinesOf([...assets, ...items]),
      partial,
      now: new Date(this.deps.clock.now()).toISOString(),
    });
  }

  /** Everything whose open lines matter: the scanned assets and every member and accessory of their kits. */
  private openTargets(): { assets: string[]; items: string[] } {
    const kits = this.kits();
    return {
      assets: [
        ...new Set([...this.lines.map((l) => l.id), ...kits.flatMap((k) => k.members.map((m) => m.id))]),
      ],
      items: kits.flatMap((k) => k.items.map((i) => i.id)),
    };
  }

  private kits(): KitFacts[] {
    return kitsOf(this.deps.reader, this.lines);
  }

  private requireLines(): void {
    if (this.lines.length === 0) throw new KitdeskError('conflict', 'Scan an item to return first.');
  }

  private note(outcome: ScanOutcome['outcome'], message: string): void {
    this.lastScan = this.feedback.note(outcome, message);
  }

  private refuse(reasons: Reason[]): void {
    this.lastScan = this.feedback.refuse(reasons);
  }

  private clear(): void {
    this.phase = 'idle';
    this.lines = [];
    this.ticked = new Set();
    this.notes = new Map();
    this.lastScan = null;
    this.summary = null;
  }

  private changed(): ReturnView {
    const view = this.view();
    this.deps.onView(view);
    return view;
  }
}
