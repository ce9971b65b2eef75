import { z } from 'zod';
import { CredentialCode } from '../credentials/credential-key.js';
import { Id, IsoDateTime } from '../ids.js';
import { NamedRef, Reason } from '../lending/reasons.js';
import { Allocation, AllocationAssetLine, AllocationItemLine } from '../model/allocation.js';
import { MultilineText } from '../text.js';

/** A scanned label: an asset id when the caller already resolved it, or the raw barcode / RFID / QR value. */
export const ScannedLabel = z.union([z.object({ assetId: Id }), z.object({ code: CredentialCode })]);
export type ScannedLabel = z.infer<typeof ScannedLabel>;

/** The borrower: by id, or by the card they tapped or scanned. */
export const BorrowerRef = z.union([z.object({ personId: Id }), z.object({ credential: CredentialCode })]);
export type BorrowerRef = z.infer<typeof BorrowerRef>;

/** `POST /loans`: staff lend at the desk; the signed-in member of staff is the staff presence. */
export const CheckoutRequest = z.object({
  /** Made by the caller so a retried request cannot lend twice; the server makes one when absent. */
  allocationId: Id.optional(),
  borrower: BorrowerRef,
  items: z.array(ScannedLabel).max(100),
  /** Kit accessories the borrower ticked on the checklist. */
  confirmedGroupItemIds: z.array(Id).max(200).default([]),
  /** With a reason, the signed-in member of staff sets aside the refusals that may be overridden. */
  overrideReason: MultilineText.trim().min(3).max(500).nullable().default(null),
});
export type CheckoutRequest = z.infer<typeof CheckoutRequest>;

export const CheckoutResponse = z.object({
  allocation: Allocation,
  assetLines: z.array(AllocationAssetLine),
  itemLines: z.array(AllocationItemLine),
  /** A staff override, when there was one. */
  notices: z.array(Reason),
});
export type CheckoutResponse = z.infer<typeof CheckoutResponse>;

/** How far a kit is from going out (or coming back) whole. */
export const KitProgressView = z.object({
  kit: NamedRef,
  missingAssets: z.array(NamedRef),
  unconfirmedItems: z.array(NamedRef),
  /** Accessories still out on an open loan: not expected at checkout, and refused if ticked. */
  itemsOnLoan: z.array(NamedRef.extend({ toThisBorrower: z.boolean() })),
  complete: z.boolean(),
});

/** `details` of a 422 `refused_by_rules` answer from `POST /loans` or `POST /returns`. */
export const RefusalDetails = z.object({
  refusals: z.array(Reason),
  kits: z.array(KitProgressView),
});
export type RefusalDetails = z.infer<typeof RefusalDetails>;

const ReturnedLabel = z.object({ conditionNote: MultilineText.trim().max(2000).nullable().default(null) });

/** `POST /returns`: at the desk; no borrower needed, the loans say who had each item. */
export const ReturnRequest = z.object({
  /** Empty when only accessories come back: tick them in `confirmedGroupItemIds`. */
  items: z
    .array(z.union([ReturnedLabel.extend({ assetId: Id }), ReturnedLabel.extend({ code: CredentialCode })]))
    .max(100),
  /** Kit accessories that came back; each must be out on a loan. */
  confirmedGroupItemIds: z.array(Id).max(200).default([]),
  /** Staff finish a partial return: what was not scanned or ticked stays on loan. */
  partial: z.boolean().default(false),
  /** Where the items are now: the returning desk's location. */
  locationId: Id,
});
export type ReturnRequest = z.infer<typeof ReturnRequest>;

export const ReturnedAsset = z.object({
  assetId: Id,
  allocationId: Id,
  personId: Id,
  dueAt: IsoDateTime,
  daysLate: z.number().int().nonnegative(),
  locationId: Id.nullable(),
  /** Came back somewhere other than where it lives: someone should take it home. */
  awayFromHome: z.boolean(),
});
export type ReturnedAsset = z.infer<typeof ReturnedAsset>;

export const ReturnResponse = z.object({
  returned: z.array(ReturnedAsset),
  returnedGroupItemIds: z.array(Id),
  /** Loans that are now complete: everything on them has come back. */
  closedAllocationIds: z.array(Id),
  /** Parts of kits that stay on loan after a partial return. */
  notices: z.array(Reason),
});
export type ReturnResponse = z.infer<typeof ReturnResponse>;
