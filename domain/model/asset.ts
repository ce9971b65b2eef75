import { z } from 'zod';
import { CredentialCode } from '../credentials/credential-key.js';
import { Id, IsoDate, Pence } from '../ids.js';
import { MultilineText, Text } from '../text.js';

export const Asset = z.object({
  id: Id,
  /** The kit this asset belongs to: it moves with the kit. */
  groupId: Id.nullable(),
  /** Where it is now; null while a borrower has it ("with borrower"). */
  locationId: Id.nullable(),
  homeLocationId: Id.nullable(),
  barcode: CredentialCode.nullable(),
  rfid: CredentialCode.nullable(),
  qrCode: CredentialCode.nullable(),
  /** Object-store key of the photo, never the bytes. */
  pictureKey: Text.max(512).nullable(),
  name: Text.min(1).max(200),
  serialNumber: Text.max(200).nullable(),
  modelId: Text.max(200).nullable(),
  description: MultilineText.max(4000).nullable(),
  manufacturer: Text.max(200).nullable(),
  colour: Text.max(100).nullable(),
  purchaseDate: IsoDate.nullable(),
  purchaseSupplier: Text.max(200).nullable(),
  warrantyDetails: MultilineText.max(2000).nullable(),
  estimatedValuePence: Pence.nullable(),
  disposalDate: IsoDate.nullable(),
  disposalReason: MultilineText.max(2000).nullable(),
  disposalTypeId: Id.nullable(),
  /** Set by hand to force the high-value rule either way; null derives it from the estimated value. */
  highValue: z.boolean().nullable(),
  cannotLend: z.boolean(),
  ownerId: Id.nullable(),
  assetTypeId: Id.nullable(),
});
export type Asset = z.infer<typeof Asset>;

export const HIGH_VALUE_THRESHOLD_PENCE = 100_000;

/** "Worth over £1,000" unless a person decided otherwise on this asset. */
export function isHighValue(
  asset: Pick<Asset, 'highValue' | 'estimatedValuePence'>,
  thresholdPence: number = HIGH_VALUE_THRESHOLD_PENCE,
): boolean {
  if (asset.highValue !== null) return asset.highValue;
  return (asset.estimatedValuePence ?? 0) > thresholdPence;
}

export function isDisposed(asset: Pick<Asset, 'disposalDate'>): boolean {
  return asset.disposalDate !== null;
}
