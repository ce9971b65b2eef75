/** Whole catalogue rows for tests in every folder, with every field filled; not part of the shipped domain. */
import { newId } from '../ids.js';
import type { Asset } from '../model/asset.js';

/** A plain, lendable camera; override what the test is about. */
export function anAssetRow(over: Partial<Asset> = {}): Asset {
  return {
    id: newId(),
    groupId: null,
    locationId: null,
    homeLocationId: null,
    barcode: null,
    rfid: null,
    qrCode: null,
    pictureKey: null,
    name: 'Canon EOS R50',
    serialNumber: null,
    modelId: null,
    description: null,
    manufacturer: null,
    colour: null,
    purchaseDate: null,
    purchaseSupplier: null,
    warrantyDetails: null,
    estimatedValuePence: 65_000,
    disposalDate: null,
    disposalReason: null,
    disposalTypeId: null,
    highValue: null,
    cannotLend: false,
    ownerId: null,
    assetTypeId: null,
    ...over,
  };
}
