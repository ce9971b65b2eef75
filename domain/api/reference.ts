import { z } from 'zod';
import { AssetType, DisposalType, Location } from '../model/reference.js';
import { pageOf } from './pagination.js';

/**
 * Locations, asset types and disposal types: created, renamed and listed; deleted only while nothing uses
 * them, as assets, kiosks and past loans name them.
 */
export const CreateLocationRequest = Location.omit({ id: true }).partial({ area: true });
export const UpdateLocationRequest = Location.omit({ id: true }).partial();
export const LocationsPage = pageOf(Location);

export const CreateAssetTypeRequest = AssetType.omit({ id: true }).partial({
  description: true,
  loanPeriodHours: true,
});
export const UpdateAssetTypeRequest = AssetType.omit({ id: true }).partial();
export const AssetTypesPage = pageOf(AssetType);

export const CreateDisposalTypeRequest = DisposalType.omit({ id: true });
export const UpdateDisposalTypeRequest = DisposalType.omit({ id: true }).partial();
export const DisposalTypesPage = pageOf(DisposalType);

export type CreateLocationRequest = z.infer<typeof CreateLocationRequest>;
export type UpdateLocationRequest = z.infer<typeof UpdateLocationRequest>;
export type CreateAssetTypeRequest = z.infer<typeof CreateAssetTypeRequest>;
export type UpdateAssetTypeRequest = z.infer<typeof UpdateAssetTypeRequest>;
export type CreateDisposalTypeRequest = z.infer<typeof CreateDisposalTypeRequest>;
export type UpdateDisposalTypeRequest = z.infer<typeof UpdateDisposalTypeRequest>;

/** `details` of a 409 `in_use` answer to a delete: what still uses the record, counted by kind. */
export const InUseDetails = z.object({
  uses: z.array(z.object({ what: z.string(), count: z.number().int().positive() })),
});
export type InUseDetails = z.infer<typeof InUseDetails>;
