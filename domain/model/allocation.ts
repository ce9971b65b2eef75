import { z } from 'zod';
import { Id, IsoDateTime } from '../ids.js';
import { MultilineText } from '../text.js';

/** One loan: everything a borrower took in one transaction. */
export const Allocation = z.object({
  id: Id,
  personId: Id,
  outAt: IsoDateTime,
  dueAt: IsoDateTime,
  /** Set when the last line has come back. */
  returnedAt: IsoDateTime.nullable(),
  /** The kiosk that recorded it, or null when staff lent it through the API. */
  kioskId: Id.nullable(),
  overrideById: Id.nullable(),
  overrideReason: MultilineText.max(500).nullable(),
});
export type Allocation = z.infer<typeof Allocation>;

/** A tagged asset on a loan; each line comes back on its own, so a partial return is visible. */
export const AllocationAssetLine = z.object({
  id: Id,
  allocationId: Id,
  assetId: Id,
  returnedAt: IsoDateTime.nullable(),
  returnedToLocationId: Id.nullable(),
  conditionNote: MultilineText.max(2000).nullable(),
});
export type AllocationAssetLine = z.infer<typeof AllocationAssetLine>;

/** An untagged kit accessory on a loan, confirmed at checkout and at return. */
export const AllocationItemLine = z.object({
  id: Id,
  allocationId: Id,
  groupItemId: Id,
  returnedAt: IsoDateTime.nullable(),
});
export type AllocationItemLine = z.infer<typeof AllocationItemLine>;
