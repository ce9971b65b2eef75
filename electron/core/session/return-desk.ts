import {
  credentialKeys,
  decideReturn,
  KitdeskError,
  reason,
  type Asset,
  type Credential,
  type Cue,
  type KioskPerson,
  type KitFacts,
  type ReturnDecision,
  type ReturnView,
} from '../../../domain/index.js';
import { assetFacts, type CatalogueReader } from '../store/catalogue-reader.js';
import type { Outbox } from '../store/outbox.js';
import type { SessionAuthority } from '../station/staff-gate.js';
import { accessoriesComingBack, accessoriesOut } from './accessories-out.js';
import type { Clock } from './clock.js';
import { homeElsewhere } from './home-location.js';
import { itemIdsOf, kitsOf, kitViews } from './kit-views.js';
import { ScanFeedback } from './scan-feedback.js';
import { SessionStaff } from './session-staff.js';

export type ReturnDeskDeps = {
  reader: CatalogueReader;
  outbox: Outbox;
  clock: Clock;
  /** Where this station is: returned items are there now. */
  locationId: () => string | null;
  onView: (view: ReturnView) => void;
  onCue: (cue: Cue) => void;
  /** The station's staff gate: a staff card read here gives staff authority on the current return. */
  authority: SessionAuthority;
  onRecorded: () => void;
};

/**
 * The staff desk's return flow: scan items (no borrower needed), see who had each and how late, tick the
 * accessories that came back, note condition, and finish a full or a partial return. An accessory a
 * partial return left out has no label: staff tick it from the list of those still out instead.
 */
export class ReturnDesk {
  private phase: ReturnView['phase'] = 'idle';
  private lines: Asset[] = [];
  private notes = new Map<string, string | null>();
  private ticked = new Set<string>();
  /** Accessories ticked from the list of those still out, whose kits are on this return without a scan. */
  private picked = new Set<string>();
  private summary: ReturnView['summary'] = null;

  private readonly feedback: ScanFeedback;
  /** Staff authority on the return this desk is on now, which the station's gate checks. */
  readonly authority: SessionStaff;

  constructor(private readonly deps: ReturnDeskDeps) {
    this.feedback = new ScanFeedback(deps.clock, deps.onCue);
    this.authority = new SessionStaff(deps.authority);
  }

  credential(c: Credential): ReturnView {
    const hit = this.deps.reader.resolve(credentialKeys(c));
    if (this.phase === 'done') this.clear();
    if (hit.entity === 'asset') this.scanned(hit.asset);
    else if (hit.entity === 'person') this.personSeen(hit.person, c);
    else this.feedback.refuse([reason({ code: 'asset_unknown', credential: c.canonical })]);
    return this.changed();
  }

  private personSeen(p: KioskPerson, c: Credential): void {
    this.authority.cardSeen(p, c);
    if (!p.staff && !p.isAdmin)
      return this.feedback.note('ignored', `That is ${p.name}’s card: scan the items being returned.`);
    this.feedback.note(
      'added',
      c.kind === 'barcode'
        ? `${p.name}, type your staff PIN to change this desk’s settings.`
        : `${p.name} may change this desk’s settings until this return is finished.`,
    );
  }

  /** Shows the view again: staff authority began, lapsed or wants a PIN. */
  announce(): void {
    this.deps.onView(this.view());
  }

  private scanned(a: Asset): void {
    if (this.lines.some((l) => l.id === a.id))
      return this.feedback.note('ignored', `${a.name} is already on the list.`);
    if (this.deps.reader.openLinesOf([a.id]).length === 0) {
      return this.feedback.refuse([reason({ code: 'asset_not_on_loan', asset: { id: a.id, name: a.name } })]);
    }
    this.phase = 'scanning';
    this.lines.push(a);
    this.feedback.note('added', `${a.name} checked in.`);
  }

  addAccessory(groupItemId: string): ReturnView {
    const item = this.deps.reader.accessory(groupItemId);
    if (!item) {
      throw new KitdeskError(
        'not_found',
        'That accessory is no longer in the catalogue: wait for the desk to sync and look again.',
      );
    }
    if (this.phase === 'done') this.clear();
    if (this.deps.reader.openLinesOf([groupItemId]).length === 0) {
      const kit = { id: item.groupId, name: this.deps.reader.kit(item.groupId).name };
      this.feedback.refuse([
        reason({ code: 'accessory_not_on_loan', accessory: { id: groupItemId, name: item.name }, kit }),
      ]);
      return this.changed();
    }
    this.phase = 'scanning';
    this.picked.add(groupItemId);
    this.ticked.add(groupItemId);
    this.feedback.note('added', `${item.name} checked in.`);
    return this.changed();
  }

  tickItem(groupItemId: string, confirmed: boolean): ReturnView {
    this.requireSomething();
    if (!itemIdsOf(this.kits()).has(groupItemId)) {
      throw new KitdeskError('not_found', 'That accessory is not part of a kit on this return.');
    }
    if (confirmed) this.ticked.add(groupItemId);
    else {
      this.ticked.delete(groupItemId);
      this.picked.delete(groupItemId);
      if (this.lines.length === 0 && this.picked.size === 0) this.clear();
    }
    return this.changed();
  }

  setCondition(assetId: string, note: string | null): ReturnView {
    this.requireSomething();
    if (!this.lines.some((l) => l.id === assetId))
      throw new KitdeskError('not_found', 'That item is not on this return.');
    this.notes.set(assetId, note && note.length > 0 ? note : null);
    return this.changed();
  }

  finish(partial: boolean): ReturnView {
    this.requireSomething();
    const decision = this.decide(partial);
    if (!decision.allowed) {
      this.feedback.refuse(decision.refusals);
      return this.changed();
    }
    const items = decision.items.map((i) => i.groupItemId);
    const itemNames = new Map(this.kits().flatMap((k) => k.items.map((i) => [i.id, i.name] as const)));
    const returned = [
      ...this.lines.map((l) => l.name),
      ...items.map((id) => itemNames.get(id) ?? 'Accessory'),
    ];
    this.deps.outbox.record({
      at: new Date(this.deps.clock.now()).toISOString(),
      summary: `Return: ${returned.join(', ')}`,
      payload: {
        type: 'return',
        assets: this.lines.map((l) => ({ assetId: l.id, conditionNote: this.notes.get(l.id) ?? null })),
        groupItemIds: items,
        partial,
        locationId: this.deps.locationId(),
        staffId: null,
      },
    });
    this.summary = {
      returned,
      stillOut: decision.notices.flatMap((n) =>
        n.facts.code === 'partial_return' ? n.facts.stillOut.map((s) => s.name) : [],
      ),
    };
    this.phase = 'done';
    this.lines = [];
    this.ticked = new Set();
    this.picked = new Set();
    this.notes = new Map();
    this.feedback.clear();
    // The return is made: the staff authority given during it ends with it.
    this.authority.renew();
    this.deps.onCue('loan-done');
    this.deps.onRecorded();
    return this.changed();
  }

  cancel(): ReturnView {
    this.clear();
    return this.changed();
  }

  view(): ReturnView {
    const decision = this.lines.length > 0 || this.picked.size > 0 ? this.decide(false) : null;
    const here = this.deps.locationId();
    const byId = new Map(this.lines.map((l) => [l.id, l]));
    const kits = this.kits();
    const now = new Date(this.deps.clock.now()).toISOString();
    return {
      phase: this.phase,
      lines: (decision?.lines ?? []).map((l) => {
        const asset = byId.get(l.assetId)!;
        return {
          assetId: l.assetId,
          name: asset.name,
          tag: asset.barcode,
          kitId: asset.groupId,
          borrowerId: l.personId,
          borrowerName: this.deps.reader.person(l.personId)?.name ?? 'A former borrower',
          dueAt: l.dueAt,
          daysLate: l.daysLate,
          conditionNote: this.notes.get(l.assetId) ?? null,
          homeElsewhere: homeElsewhere(asset.homeLocationId, here, (id) =>
            this.deps.reader.referenceName(id),
          ),
        };
      }),
      accessories: accessoriesComingBack(this.deps.reader, decision?.items ?? [], this.picked, kits),
      kits: decision ? kitViews(decision.kits, kits, this.ticked, this.offered()) : [],
      refusals: decision?.refusals ?? [],
      notices: decision?.notices ?? [],
      allowed: decision?.allowed ?? false,
      lastScan: this.feedback.last,
      summary: this.summary,
      accessoriesOut: accessoriesOut(this.deps.reader, now, this.ticked),
      authority: this.authority.view(),
    };
  }

  private decide(partial: boolean): ReturnDecision {
    const { assets, items } = this.openTargets();
    return decideReturn({
      scanned: this.lines.map((l) => ({ kind: 'asset', asset: assetFacts(l) })),
      confirmedGroupItemIds: [...this.ticked],
      kits: this.kits(),
      openLines: this.deps.reader.openLinesOf([...assets, ...items]),
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

  /**
   * The accessories to offer on the checklist: those of the kits on this return still out, and any ticked
   * that another desk has taken back since, so staff can untick what the rules now refuse.
   */
  private offered(): Set<string> {
    const open = this.deps.reader.openLinesOf(this.openTargets().items);
    return new Set([...open.flatMap((l) => (l.kind === 'groupItem' ? [l.groupItemId] : [])), ...this.ticked]);
  }

  /** The kits of the scanned items, then those of accessories ticked from the list, each once. */
  private kits(): KitFacts[] {
    const kits = kitsOf(this.deps.reader, this.lines);
    for (const id of this.picked) {
      const groupId = this.deps.reader.accessory(id)?.groupId;
      if (groupId && !kits.some((k) => k.id === groupId)) kits.push(this.deps.reader.kit(groupId));
    }
    return kits;
  }

  private requireSomething(): void {
    if (this.lines.length === 0 && this.picked.size === 0)
      throw new KitdeskError('conflict', 'Scan an item, or tick an accessory still out, to return first.');
  }

  private clear(): void {
    this.phase = 'idle';
    this.lines = [];
    this.ticked = new Set();
    this.picked = new Set();
    this.notes = new Map();
    this.feedback.clear();
    this.summary = null;
    this.authority.renew();
  }

  private changed(): ReturnView {
    const view = this.view();
    this.deps.onView(view);
    return view;
  }
}
