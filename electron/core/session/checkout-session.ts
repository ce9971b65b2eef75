import {
  credentialKeys,
  decideCheckout,
  isHighValue,
  KitdeskError,
  newId,
  reason,
  type Asset,
  type CheckoutDecision,
  type Credential,
  type Cue,
  type KioskPerson,
  type KitFacts,
  type LoanSummary,
  type Receipt,
  type SessionView,
} from '../../../domain/index.js';
import type { SessionAuthority } from '../station/staff-gate.js';
import { SessionStaff, type Staff } from './session-staff.js';
import { assetFacts, type CatalogueReader } from '../store/catalogue-reader.js';
import type { Outbox } from '../store/outbox.js';
import type { Clock } from './clock.js';
import { blocking, splitProgress } from './checkout-stops.js';
import { itemIdsOf, kitsOf, kitViews } from './kit-views.js';
import { ScanFeedback } from './scan-feedback.js';

export type CheckoutSessionDeps = {
  reader: CatalogueReader;
  outbox: Outbox;
  clock: Clock;
  idleTimeoutMs: () => number;
  receiptTimeoutMs: number;
  onView: (view: SessionView) => void;
  onCue: (cue: Cue) => void;
  /** The station's staff gate: told of each card read, asked who holds staff authority on this session. */
  authority: SessionAuthority;
  /** A loan is on disk: time to push. */
  onRecorded: () => void;
};

/** Refusals about a single scanned item that mean it cannot join the basket at all. */
const ITEM_STOPPERS = new Set(['asset_disposed', 'asset_cannot_lend', 'asset_on_loan']);

const isStaff = (p: KioskPerson) => p.staff || p.isAdmin;

/**
 * The self-service flow: idle → borrower identified (basket) → confirm → receipt → idle.
 * Every input changes state synchronously, so a commit can never interleave with a scan.
 */
export class CheckoutSession {
  private phase: SessionView['phase'] = 'idle';
  private borrower: KioskPerson | null = null;
  private lines: Asset[] = [];
  private ticked = new Set<string>();
  private receipt: Receipt | null = null;
  private idleAt: number | null = null;
  private idleTimer: unknown = null;

  private readonly feedback: ScanFeedback;
  /** Staff authority on the session this screen is on now, which the station's gate checks. */
  readonly authority: SessionStaff;

  constructor(private readonly deps: CheckoutSessionDeps) {
    this.feedback = new ScanFeedback(deps.clock, deps.onCue);
    this.authority = new SessionStaff(deps.authority);
  }

  credential(c: Credential): SessionView {
    const hit = this.deps.reader.resolve(credentialKeys(c));
    if (hit.entity === 'person') this.personTapped(hit.person, c);
    else if (hit.entity === 'asset') this.assetScanned(hit.asset);
    // A card (or a scan outside a loan, which may be a card's barcode) names a person; a label in a basket an asset.
    else if (this.phase === 'basket' && c.kind === 'barcode')
      this.feedback.refuse([reason({ code: 'asset_unknown', credential: c.canonical })]);
    else this.feedback.refuse([reason({ code: 'credential_unknown', credential: c.canonical })]);
    return this.changed();
  }

  private personTapped(p: KioskPerson, c: Credential): void {
    if (this.phase === 'basket' && this.borrower) {
      if (p.id === this.borrower.id) {
        this.authority.cardSeen(p, c);
        return this.feedback.note('ignored', `You’re signed in, ${p.name}. Scan your items.`);
      }
      if (isStaff(p)) {
        this.authority.cardSeen(p, c);
        return this.feedback.note(
          'added',
          c.kind === 'barcode' ? `${p.name}, type your staff PIN to help.` : `${p.name} is here to help.`,
        );
      }
      if (this.lines.length > 0) return this.feedback.refuse([reason({ code: 'loan_in_progress' })]);
    }
    this.reset();
    this.phase = 'basket';
    this.borrower = p;
    this.authority.cardSeen(p, c);
    this.feedback.note('added', `Hello, ${p.name}. Scan each item you are taking.`);
  }

  /** The member of staff helping the borrower, while they hold staff authority on this session. */
  private staff(): Staff | null {
    return this.authority.helper(this.borrower?.id ?? null);
  }

  /** Shows the view again without counting as activity: staff authority began, lapsed or wants a PIN. */
  announce(): void {
    this.deps.onView(this.view());
  }

  private assetScanned(a: Asset): void {
    if (this.phase === 'idle' || !this.borrower)
      return this.feedback.note('refused', 'Please tap your card first.');
    if (this.phase === 'receipt') {
      this.phase = 'basket';
      this.lines = [];
      this.ticked = new Set();
      this.receipt = null;
    }
    if (this.lines.some((l) => l.id === a.id))
      return this.feedback.note('ignored', `${a.name} is already in your basket.`);
    const trial = this.decide([...this.lines, a]);
    const stoppers = trial.refusals.filter(
      (r) => ITEM_STOPPERS.has(r.code) && 'asset' in r.facts && r.facts.asset.id === a.id,
    );
    if (stoppers.length > 0) return this.feedback.refuse(stoppers);
    this.lines.push(a);
    this.feedback.note('added', `${a.name} added.`);
  }

  tickItem(groupItemId: string, confirmed: boolean): SessionView {
    this.requireBasket();
    if (!itemIdsOf(this.kits()).has(groupItemId)) {
      throw new KitdeskError('not_found', 'That accessory is not part of a kit in this basket.');
    }
    if (!confirmed) this.ticked.delete(groupItemId);
    else {
      // An accessory still out on a loan is not in the cupboard: say so rather than tick it.
      const onLoan = this.decide(this.lines, new Set([...this.ticked, groupItemId])).refusals.filter(
        (r) => r.facts.code === 'accessory_on_loan' && r.facts.accessory.id === groupItemId,
      );
      if (onLoan.length > 0) this.feedback.refuse(onLoan);
      else this.ticked.add(groupItemId);
    }
    return this.changed();
  }

  removeLine(assetId: string): SessionView {
    this.requireBasket();
    this.lines = this.lines.filter((l) => l.id !== assetId);
    return this.changed();
  }

  override(overrideReason: string): SessionView {
    this.requireBasket();
    const staff = this.staff();
    if (!staff) {
      throw new KitdeskError(
        'forbidden',
        'A member of staff needs to tap their card first (or scan its barcode and type their PIN).',
      );
    }
    this.authority.setOverride(staff.id, overrideReason);
    return this.changed();
  }

  confirm(): SessionView {
    this.requireBasket();
    const borrower = this.borrower!;
    const decision = this.decide(this.lines);
    if (!decision.allowed) {
      this.feedback.refuse(blocking(decision));
      return this.changed();
    }
    const items = this.tickedItems(this.kits());
    const at = new Date(this.deps.clock.now()).toISOString();
    const allocationId = newId();
    const dueAt = decision.dueAt!;
    const staff = this.staff();
    this.deps.outbox.record({
      at,
      summary: `${borrower.name}: ${this.lines.map((l) => l.name).join(', ')}`,
      payload: {
        type: 'checkout',
        allocationId,
        personId: borrower.id,
        assetIds: this.lines.map((l) => l.id),
        groupItemIds: items.map((i) => i.id),
        dueAt,
        staff: staff ? { staffId: staff.id, overrideReason: staff.overrideReason } : null,
      },
    });
    this.receipt = {
      allocationId,
      borrowerName: borrower.name,
      items: this.lines.map((l) => l.name),
      accessories: items.map((i) => i.name),
      outAt: at,
      dueAt,
      approvedBy: staff?.name ?? null,
    };
    this.phase = 'receipt';
    this.lines = [];
    this.ticked = new Set();
    // The loan is made: the authority that approved it ends with it.
    this.authority.renew();
    this.feedback.clear();
    this.deps.onCue('loan-done');
    this.deps.onRecorded();
    return this.changed();
  }

  cancel(): SessionView {
    this.reset();
    return this.changed();
  }

  /** Stops the idle timer: after the core closes, nothing may touch its store. */
  dispose(): void {
    if (this.idleTimer !== null) this.deps.clock.clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  /** A touch on the screen keeps the session alive. */
  touch(): SessionView {
    return this.phase === 'idle' ? this.view() : this.changed();
  }

  view(): SessionView {
    const decision = this.phase === 'basket' ? this.decide(this.lines) : null;
    const kits = this.phase === 'basket' ? this.kits() : [];
    const threshold = this.deps.reader.policy().highValueThresholdPence;
    const stops = decision ? splitProgress(decision) : { refusals: [], kitsToFinish: [] };
    return {
      phase: this.phase,
      borrower: this.borrower && {
        id: this.borrower.id,
        name: this.borrower.name,
        staff: isStaff(this.borrower),
        loans: this.loansOfBorrower(),
      },
      lines: this.lines.map((l) => ({
        assetId: l.id,
        name: l.name,
        kitId: l.groupId,
        tag: l.barcode,
        highValue: isHighValue(l, threshold),
      })),
      kits: decision ? kitViews(decision.kits, kits, this.ticked) : [],
      ...stops,
      notices: decision?.notices ?? [],
      allowed: decision?.allowed ?? false,
      outgoing: { items: this.lines.length, accessories: this.tickedItems(kits).length },
      dueAt: decision?.dueAt ?? null,
      staff: this.staff(),
      authority: this.authority.view(),
      lastScan: this.feedback.last,
      receipt: this.receipt,
      idleAt: this.idleAt,
    };
  }

  private decide(lines: readonly Asset[], ticked: ReadonlySet<string> = this.ticked): CheckoutDecision {
    const { reader } = this.deps;
    const borrower = this.borrower!;
    const kits = kitsOf(this.deps.reader, lines);
    const targets = [
      ...lines.map((l) => l.id),
      ...kits.flatMap((k) => [...k.members.map((m) => m.id), ...k.items.map((i) => i.id)]),
    ];
    return decideCheckout({
      borrower: {
        kind: 'person',
        person: {
          id: borrower.id,
          name: borrower.name,
          lend: borrower.lend,
          // A staff borrower counts as staff only once their card has given them authority.
          staff: isStaff(borrower) && this.authority.holds(borrower.id),
        },
      },
      scanned: lines.map((l) => ({ kind: 'asset', asset: assetFacts(l) })),
      confirmedGroupItemIds: [...ticked],
      kits,
      openLines: [...reader.openLinesOf(targets), ...reader.openLinesOfPersonWithOverlay(borrower.id)],
      policy: reader.policy(),
      staff: this.staff(),
      now: new Date(this.deps.clock.now()).toISOString(),
    });
  }

  private kits(): KitFacts[] {
    return kitsOf(this.deps.reader, this.lines);
  }

  /** The accessories ticked of the kits in the basket: a tick on a kit taken out again does not go out. */
  private tickedItems(kits: readonly KitFacts[]): KitFacts['items'] {
    return kits.flatMap((k) => k.items).filter((i) => this.ticked.has(i.id));
  }

  private loansOfBorrower(): LoanSummary[] {
    const now = this.deps.clock.now();
    return this.deps.reader.openLinesOfPersonWithOverlay(this.borrower!.id).flatMap((l) => {
      if (l.kind !== 'asset') return [];
      const asset = this.deps.reader.asset(l.assetId);
      return asset
        ? [{ assetId: l.assetId, name: asset.name, dueAt: l.dueAt, overdue: Date.parse(l.dueAt) < now }]
        : [];
    });
  }

  private requireBasket(): void {
    if (this.phase !== 'basket' || !this.borrower) {
      throw new KitdeskError('conflict', 'There is no loan in progress. Tap your card to start.');
    }
  }

  private reset(): void {
    this.phase = 'idle';
    this.borrower = null;
    this.lines = [];
    this.ticked = new Set();
    this.authority.renew();
    this.receipt = null;
    this.feedback.clear();
  }

  private armIdle(): void {
    const { clock } = this.deps;
    if (this.idleTimer !== null) clock.clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.idleAt = null;
    if (this.phase === 'idle') return;
    const ms = this.phase === 'receipt' ? this.deps.receiptTimeoutMs : this.deps.idleTimeoutMs();
    this.idleAt = clock.now() + ms;
    this.idleTimer = clock.setTimeout(() => {
      this.idleTimer = null;
      // Forget the borrower: the next person at a shared screen must not see their name or loans.
      this.reset();
      this.changed();
    }, ms);
  }

  private changed(): SessionView {
    this.armIdle();
    const view = this.view();
    this.deps.onView(view);
    return view;
  }
}
