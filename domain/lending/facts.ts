import { z } from 'zod';
import { CredentialCode } from '../credentials/credential-key.js';
import { Id, IsoDateTime, Pence } from '../ids.js';
import { HIGH_VALUE_THRESHOLD_PENCE } from '../model/asset.js';
import { MultilineText } from '../text.js';

/** What the rules need to know about an asset. */
export const AssetFacts = z.object({
  id: Id,
  name: z.string(),
  groupId: Id.nullable(),
  assetTypeId: Id.nullable(),
  disposalDate: z.string().nullable(),
  cannotLend: z.boolean(),
  highValue: z.boolean().nullable(),
  estimatedValuePence: Pence.nullable(),
});
export type AssetFacts = z.infer<typeof AssetFacts>;

/** A scan resolved against the catalogue: either an asset or a code that names nothing. */
export const ScannedAsset = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('asset'), asset: AssetFacts }),
  z.object({ kind: z.literal('unknown'), credential: CredentialCode }),
]);
export type ScannedAsset = z.infer<typeof ScannedAsset>;

export const PersonFacts = z.object({
  id: Id,
  name: z.string(),
  lend: z.boolean(),
  staff: z.boolean(),
});
export type PersonFacts = z.infer<typeof PersonFacts>;

export const BorrowerFacts = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), person: PersonFacts }),
  z.object({ kind: z.literal('unknown'), credential: CredentialCode }),
]);
export type BorrowerFacts = z.infer<typeof BorrowerFacts>;

/** A kit with all its tagged members (disposed ones are not expected back) and untagged accessories. */
export const KitFacts = z.object({
  id: Id,
  name: z.string(),
  members: z.array(z.object({ id: Id, name: z.string(), disposed: z.boolean() })),
  items: z.array(z.object({ id: Id, name: z.string() })),
});
export type KitFacts = z.infer<typeof KitFacts>;

const OpenLineBase = z.object({ allocationId: Id, personId: Id, dueAt: IsoDateTime });
/** A line of a loan that has not come back yet. */
export const OpenLoanLine = z.discriminatedUnion('kind', [
  OpenLineBase.extend({ kind: z.literal('asset'), assetId: Id }),
  OpenLineBase.extend({ kind: z.literal('groupItem'), groupItemId: Id }),
]);
export type OpenLoanLine = z.infer<typeof OpenLoanLine>;

/** A member of staff who tapped their card; with a reason, they override what may be overridden. */
export const StaffPresence = z.object({
  id: Id,
  name: z.string(),
  overrideReason: MultilineText.trim().min(3).max(500).nullable(),
});
export type StaffPresence = z.infer<typeof StaffPresence>;

export const LendingPolicy = z.object({
  highValueThresholdPence: Pence.default(HIGH_VALUE_THRESHOLD_PENCE),
  /** Used for assets whose type names no period. */
  defaultLoanPeriodHours: z
    .number()
    .int()
    .positive()
    .default(24 * 7),
  loanPeriodHoursByAssetType: z.record(z.string(), z.number().int().positive()).default({}),
  /** When true a borrower with anything overdue is refused until it comes back. */
  refuseWhenOverdue: z.boolean().default(true),
});
export type LendingPolicy = z.infer<typeof LendingPolicy>;
export const defaultLendingPolicy: LendingPolicy = LendingPolicy.parse({});

export const CheckoutFacts = z.object({
  borrower: BorrowerFacts,
  scanned: z.array(ScannedAsset),
  confirmedGroupItemIds: z.array(Id),
  kits: z.array(KitFacts),
  /** Open lines for the scanned assets, the accessories of their kits and the borrower's own loans. */
  openLines: z.array(OpenLoanLine),
  policy: LendingPolicy,
  staff: StaffPresence.nullable(),
  now: IsoDateTime,
});
export type CheckoutFacts = z.infer<typeof CheckoutFacts>;

export const ReturnFacts = z.object({
  scanned: z.array(ScannedAsset),
  /** Accessories ticked as back, with or without a scanned part of their kit. */
  confirmedGroupItemIds: z.array(Id),
  /** Every kit the return touches: those of the scanned assets and those of the ticked accessories. */
  kits: z.array(KitFacts),
  /** Open lines for the scanned assets, the ticked accessories and every member and accessory of their kits. */
  openLines: z.array(OpenLoanLine),
  /** Staff chose to finish a partial return: what is missing stays on the borrower's loan. */
  partial: z.boolean(),
  now: IsoDateTime,
});
export type ReturnFacts = z.infer<typeof ReturnFacts>;
