import { z } from 'zod';
import { Id, IsoDateTime } from '../ids.js';
import { NamedRef, Reason } from '../lending/reasons.js';
import { StandingLoan } from '../sync/events.js';
import { MultilineText } from '../text.js';

export const StationRole = z.enum(['self-service', 'return-desk']);
export type StationRole = z.infer<typeof StationRole>;

const KitProgressView = z.object({
  kit: z.object({ id: z.string(), name: z.string() }),
  missingAssets: z.array(z.object({ id: z.string(), name: z.string() })),
  unconfirmedItems: z.array(z.object({ id: z.string(), name: z.string() })),
  /**
   * Every accessory of the kit with whether it is ticked, for the checklist. At checkout, one a partial
   * return left on a loan is `stillOut`: the screen says so instead of offering a box to tick. Another
   * pupil's name is never shown on the self-service screen.
   */
  checklist: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      confirmed: z.boolean(),
      stillOut: z.enum(['with-you', 'on-another-loan']).nullable(),
    }),
  ),
  complete: z.boolean(),
});
export type KitProgressView = z.infer<typeof KitProgressView>;

export const LoanSummary = z.object({
  assetId: z.string(),
  name: z.string(),
  dueAt: IsoDateTime,
  overdue: z.boolean(),
});
export type LoanSummary = z.infer<typeof LoanSummary>;

/** The answer to one tap or scan; `at` tells a repeated message from the one before it. */
export const ScanOutcome = z.object({
  outcome: z.enum(['added', 'refused', 'ignored']),
  message: z.string(),
  reasons: z.array(Reason),
  /** When it happened (ms since epoch). */
  at: z.number(),
});
export type ScanOutcome = z.infer<typeof ScanOutcome>;

export const BasketLine = z.object({
  assetId: Id,
  name: z.string(),
  kitId: Id.nullable(),
  /** The label on it, so two units of the same model can be told apart. */
  tag: z.string().nullable(),
  highValue: z.boolean(),
});
export type BasketLine = z.infer<typeof BasketLine>;

export const Receipt = z.object({
  allocationId: Id,
  borrowerName: z.string(),
  items: z.array(z.string()),
  accessories: z.array(z.string()),
  outAt: IsoDateTime,
  dueAt: IsoDateTime,
  approvedBy: z.string().nullable(),
});
export type Receipt = z.infer<typeof Receipt>;

/**
 * Staff authority on the station's current checkout or return session: who holds it (a staff card tapped,
 * or a staff card's barcode and its PIN) and until when, or whose PIN the keypad is asking for. It belongs
 * to that session and ends with it, or after STAFF_AUTHORITY_SECONDS, whichever is first.
 */
export const StaffAuthorityView = z.object({
  holder: z.object({ id: Id, name: z.string(), via: z.enum(['tap', 'pin']), until: z.number() }).nullable(),
  pinWanted: z.object({ name: z.string(), lockedUntil: z.number().nullable() }).nullable(),
});
export type StaffAuthorityView = z.infer<typeof StaffAuthorityView>;

/** What the self-service screen shows; the core pushes a new one on every change. */
export const SessionView = z.object({
  phase: z.enum(['idle', 'basket', 'receipt']),
  borrower: z
    .object({ id: Id, name: z.string(), staff: z.boolean(), loans: z.array(LoanSummary) })
    .nullable(),
  lines: z.array(BasketLine),
  kits: z.array(KitProgressView),
  /** Every refusal that currently stops the loan, borrower-level ones included; a kit still being put together is not one. */
  refusals: z.array(Reason),
  /** What a kit in the basket still needs before it can go out (`kit_incomplete`): progress, shown calmly. */
  kitsToFinish: z.array(Reason),
  notices: z.array(Reason),
  allowed: z.boolean(),
  /** What goes out on confirm: tagged items (kit parts included) and ticked accessories. */
  outgoing: z.object({ items: z.number().int().nonnegative(), accessories: z.number().int().nonnegative() }),
  dueAt: IsoDateTime.nullable(),
  /** A member of staff helping the borrower, holding staff authority on this session. */
  staff: z.object({ id: Id, name: z.string(), overrideReason: z.string().nullable() }).nullable(),
  authority: StaffAuthorityView,
  /** The answer to the last tap or scan, e.g. a refused item, shown until the next one. */
  lastScan: ScanOutcome.nullable(),
  receipt: Receipt.nullable(),
  /** When the session will return to the welcome screen unless something happens (ms since epoch). */
  idleAt: z.number().nullable(),
});
export type SessionView = z.infer<typeof SessionView>;

/** A member of staff holds staff authority on the session, as the borrower or helping: the staff area may open. */
export const staffOnSession = (view: SessionView): boolean => view.authority.holder !== null;

export const ReturnLineView = z.object({
  assetId: Id,
  name: z.string(),
  /** The label on it, so two units of the same model can be told apart. */
  tag: z.string().nullable(),
  kitId: Id.nullable(),
  borrowerId: Id,
  borrowerName: z.string(),
  dueAt: IsoDateTime,
  daysLate: z.number().int().nonnegative(),
  conditionNote: z.string().nullable(),
  /**
   * The name of its home location when that is not where this desk is; null at home, with no home, or at a
   * desk whose own location is not set.
   */
  homeElsewhere: z.string().nullable(),
});
export type ReturnLineView = z.infer<typeof ReturnLineView>;

/** An accessory on this return that was ticked from the list of those still out, with no scan. */
export const ReturnAccessoryView = z.object({
  groupItemId: Id,
  name: z.string(),
  kitName: z.string(),
  borrowerName: z.string(),
  dueAt: IsoDateTime,
  daysLate: z.number().int().nonnegative(),
});
export type ReturnAccessoryView = z.infer<typeof ReturnAccessoryView>;

/**
 * Accessories of one kit still out on one loan after every tagged part of the kit came back: a partial
 * return left them behind, and with no label to scan the desk lists them to tick.
 */
export const AccessoriesOutView = z.object({
  allocationId: Id,
  kit: z.object({ id: Id, name: z.string() }),
  borrowerName: z.string(),
  dueAt: IsoDateTime,
  daysLate: z.number().int().nonnegative(),
  items: z.array(z.object({ id: Id, name: z.string(), onReturn: z.boolean() })),
});
export type AccessoriesOutView = z.infer<typeof AccessoriesOutView>;

/** What the return desk shows. */
export const ReturnView = z.object({
  phase: z.enum(['idle', 'scanning', 'done']),
  lines: z.array(ReturnLineView),
  accessories: z.array(ReturnAccessoryView),
  kits: z.array(KitProgressView),
  refusals: z.array(Reason),
  notices: z.array(Reason),
  allowed: z.boolean(),
  lastScan: ScanOutcome.nullable(),
  /** After finishing: what came back and what stays out. */
  summary: z.object({ returned: z.array(z.string()), stillOut: z.array(z.string()) }).nullable(),
  /** Oldest due first. */
  accessoriesOut: z.array(AccessoriesOutView),
  authority: StaffAuthorityView,
});
export type ReturnView = z.infer<typeof ReturnView>;

export const SyncStatus = z.object({
  enrolled: z.boolean(),
  kioskName: z.string().nullable(),
  online: z.boolean(),
  offlineSince: IsoDateTime.nullable(),
  pendingEvents: z.number().int().nonnegative(),
  lastSyncAt: IsoDateTime.nullable(),
  cursor: z.number().int().nonnegative(),
  /** During an initial or large pull: rows done out of the total known so far. */
  progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  openConflicts: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** An item of a refused event, with the label printed on it so staff can find it. */
export const ConflictAsset = z.object({ id: Id, name: z.string(), tag: z.string().nullable() });
export type ConflictAsset = z.infer<typeof ConflictAsset>;

/** A pushed event the server refused, waiting on the desk's "needs attention" list. */
export const Conflict = z.object({
  id: Id,
  eventId: Id,
  kind: z.enum(['checkout', 'return']),
  /** When the server's refusal arrived. */
  at: IsoDateTime,
  /** When this kiosk recorded the loan or return the server refused. */
  recordedAt: IsoDateTime,
  /** The kiosk that recorded it: this one, by the name the central system gave it. */
  kioskName: z.string().nullable(),
  /** Who the refused loan was lent to; null for a return. */
  borrower: NamedRef.nullable(),
  assets: z.array(ConflictAsset),
  /** Who the central system thinks has each item instead. */
  standing: z.array(StandingLoan),
  summary: z.string(),
  message: z.string(),
  reasons: z.array(Reason),
  status: z.enum(['open', 'resolved']),
  resolution: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: IsoDateTime.nullable(),
});
export type Conflict = z.infer<typeof Conflict>;

/** What a member of staff did to put a refused event right; "resolved" needs one of these. */
export const ConflictAction = z.discriminatedUnion('kind', [
  /** The item is back: close the loan the central system holds for it. */
  z.object({ kind: z.literal('return-standing') }),
  /** The refused loan's borrower has it: close the standing loan, then lend it to them as a staff override. */
  z.object({ kind: z.literal('lend-to-borrower') }),
  /** The item of a refused return is here: the central system records it at this station. */
  z.object({ kind: z.literal('mark-found') }),
  /** Nothing to change on the central system: say what was done. */
  z.object({ kind: z.literal('reason'), reason: MultilineText.trim().min(3).max(500) }),
]);
export type ConflictAction = z.infer<typeof ConflictAction>;

/** A sound the UI may play: the core decides when, the UI decides how (and whether muted). */
export const Cue = z.enum(['scan-ok', 'scan-refused', 'loan-done']);
export type Cue = z.infer<typeof Cue>;
