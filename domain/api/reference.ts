import type { z } from 'zod';
import { AssetType, DisposalType, Location } from '../model/reference.js';
import { pageOf } from './pagination.js';

/** Locations, asset types and disposal types: created, renamed and listed; never deleted, as loans name them. */
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
