import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from '../ids.js';
import { Asset } from '../model/asset.js';
import { pageOf, PageQuery, QueryBoolean } from './pagination.js';
import { MultilineText } from '../text.js';

/** What a person may set on an asset: not its loan (lending does that) nor its disposal (see dispose). */
const EditableAsset = Asset.omit({
  id: true,
  disposalDate: true,
  disposalReason: true,
  disposalTypeId: true,
});

/** `POST /assets`: a name is required; anything left out is empty (and `cannotLend` false). */
export const CreateAssetRequest = EditableAsset.partial().required({ name: true });
export type CreateAssetRequest = z.infer<typeof CreateAssetRequest>;

/**
 * `PATCH /assets/:id`: only the fields sent change. `expectedUpdatedAt` is the `updatedAt` the editor read:
 * if the asset changed since, the edit is refused with `edit_conflict` and nothing is written.
 */
export const UpdateAssetRequest = EditableAsset.partial().extend({
  expectedUpdatedAt: IsoDateTime.optional(),
});
export type UpdateAssetRequest = z.infer<typeof UpdateAssetRequest>;

/** `POST /assets/:id/dispose`: once disposed, an asset can never be lent again. */
export const DisposeAssetRequest = z.object({
  date: IsoDate,
  reason: MultilineText.trim().min(3).max(2000),
  disposalTypeId: Id,
});
export type DisposeAssetRequest = z.infer<typeof DisposeAssetRequest>;

export const AssetStatus = z.enum(['available', 'on_loan', 'disposed', 'cannot_lend']);
export type AssetStatus = z.infer<typeof AssetStatus>;

/** The columns a list of assets can be sorted by; ties fall back to the name. */
export const AssetSort = z.enum(['name', 'barcode', 'serialNumber', 'modelId', 'manufacturer']);
export type AssetSort = z.infer<typeof AssetSort>;
export const SortOrder = z.enum(['asc', 'desc']);
export type SortOrder = z.infer<typeof SortOrder>;

/** What a list can be narrowed to: a status of `assetStatusOf`, or on loan past its due time. */
export const AssetStatusFilter = z.enum([...AssetStatus.options, 'overdue']);
export type AssetStatusFilter = z.infer<typeof AssetStatusFilter>;

/**
 * `GET /assets`: `q` searches name, serial number, manufacturer, model and every label; sorted by name
 * (A to Z) unless `sort` and `order` say otherwise. `highValue` follows `isHighValue` (a person's choice,
 * else the value against the lending policy's threshold).
 */
export const AssetsQuery = PageQuery.extend({
  groupId: Id.optional(),
  locationId: Id.optional(),
  homeLocationId: Id.optional(),
  assetTypeId: Id.optional(),
  status: AssetStatusFilter.optional(),
  highValue: QueryBoolean.optional(),
  sort: AssetSort.optional(),
  order: SortOrder.optional(),
});
export type AssetsQuery = z.infer<typeof AssetsQuery>;

/**
 * An asset as the API answers it: the catalogue record and the loan holding it now, the specification's
 * "allocation id", read from the asset's open loan line (the asset row keeps no copy).
 */
export const AssetWithLoan = Asset.extend({ allocationId: Id.nullable() });
export type AssetWithLoan = z.infer<typeof AssetWithLoan>;

/** What a list of assets is like at a glance: disposed outranks on loan, which outranks cannot lend. */
export function assetStatusOf(
  asset: Pick<AssetWithLoan, 'disposalDate' | 'allocationId' | 'cannotLend'>,
): AssetStatus {
  if (asset.disposalDate !== null) return 'disposed';
  if (asset.allocationId !== null) return 'on_loan';
  if (asset.cannotLend) return 'cannot_lend';
  return 'available';
}

export const AssetsPage = pageOf(AssetWithLoan);

/** The loan holding an asset now, as its page shows it. */
export const CurrentLoan = z.object({
  allocationId: Id,
  borrowerId: Id,
  borrowerName: z.string(),
  outAt: IsoDateTime,
  dueAt: IsoDateTime,
});
export type CurrentLoan = z.infer<typeof CurrentLoan>;

/**
 * `GET /assets/:id` and every change of one asset: the asset with its loan, and `updatedAt`, the version an
 * editor sends back as `expectedUpdatedAt`.
 */
export const AssetDetail = AssetWithLoan.extend({ updatedAt: IsoDateTime, loan: CurrentLoan.nullable() });
export type AssetDetail = z.infer<typeof AssetDetail>;

/** The details of `edit_conflict`: who saved the version the editor did not see, and when. */
export const EditConflictDetails = z.object({
  changedBy: z.string().nullable(),
  changedAt: IsoDateTime,
});
export type EditConflictDetails = z.infer<typeof EditConflictDetails>;
export type AssetsPage = z.infer<typeof AssetsPage>;
