import { z } from 'zod';
import { Id, IsoDateTime } from '../ids.js';
import { NamedRef, Reason } from '../lending/reasons.js';
import { MultilineText } from '../text.js';

/** A staff tap recorded with a kiosk event: who approved, and why when it was an override. */
export const StaffApproval = z.object({
  staffId: Id,
  overrideReason: MultilineText.trim().min(3).max(500).nullable(),
});
export type StaffApproval = z.infer<typeof StaffApproval>;

export const CheckoutEvent = z.object({
  type: z.literal('checkout'),
  /** Made by the kiosk, so the loan has the same id offline and on the server. */
  allocationId: Id,
  personId: Id,
  assetIds: z.array(Id).min(1).max(100),
  groupItemIds: z.array(Id).max(200),
  dueAt: IsoDateTime,
  staff: StaffApproval.nullable(),
});
export type CheckoutEvent = z.infer<typeof CheckoutEvent>;

export const ReturnEvent = z.object({
  type: z.literal('return'),
  /** None when only accessories come back: one left behind by a partial return has no label to scan. */
  assets: z
    .array(z.object({ assetId: Id, conditionNote: MultilineText.trim().max(2000).nullable() }))
    .max(100),
  groupItemIds: z.array(Id).max(200),
  /** Staff finished a partial return: what was not scanned or ticked stays on loan. */
  partial: z.boolean(),
  /** Where the items now are: the returning station's location. */
  locationId: Id.nullable(),
  staffId: Id.nullable(),
});
export type ReturnEvent = z.infer<typeof ReturnEvent>;

export const KioskEventPayload = z.discriminatedUnion('type', [CheckoutEvent, ReturnEvent]);
export type KioskEventPayload = z.infer<typeof KioskEventPayload>;

/** One entry of a kiosk's outbox, pushed in `seq` order and applied idempotently by `eventId`. */
export const KioskEvent = z.object({
  eventId: Id,
  /** The kiosk's own counter, 1, 2, 3 … with no gaps. */
  seq: z.number().int().positive(),
  /** When the kiosk decided it: the rules run at this time on the server too. */
  at: IsoDateTime,
  payload: KioskEventPayload,
});
export type KioskEvent = z.infer<typeof KioskEvent>;

export const PushRequest = z.object({ events: z.array(KioskEvent).min(1).max(500) });
export type PushRequest = z.infer<typeof PushRequest>;

/**
 * The loan the central system holds for an asset of a refused loan: whom it thinks has the item, since when,
 * and where it was lent, so the desk can put it right without looking it up.
 */
export const StandingLoan = z.object({
  asset: NamedRef,
  /** The label printed on the item (its barcode), so staff can find it on the shelf. */
  assetTag: z.string().nullable(),
  allocationId: Id,
  borrower: NamedRef,
  outAt: IsoDateTime,
  dueAt: IsoDateTime,
  /** The kiosk that recorded it; null when a member of staff lent it from the console or a desk. */
  kiosk: NamedRef.nullable(),
});
export type StandingLoan = z.infer<typeof StandingLoan>;

export const EventResult = z.discriminatedUnion('status', [
  z.object({ eventId: Id, status: z.literal('applied') }),
  z.object({ eventId: Id, status: z.literal('duplicate') }),
  /** The server's rules refused it. It still advances the kiosk's cursor: one bad event never blocks the queue. */
  z.object({
    eventId: Id,
    status: z.literal('rejected'),
    reasons: z.array(Reason),
    message: z.string(),
    /** The loans that stand in the refused loan's way (an asset already out to someone else). */
    standing: z.array(StandingLoan).default([]),
  }),
]);
export type EventResult = z.infer<typeof EventResult>;

export const PushResponse = z.object({ results: z.array(EventResult) });
export type PushResponse = z.infer<typeof PushResponse>;
