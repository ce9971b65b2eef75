import { UpdateAssetRequest } from '../../domain/api/assets.js';
import type { Asset } from '../../domain/model/asset.js';
import { penceToPoundsText, poundsTextToPence } from '../../ui/format/money.js';
import type { ApiError } from '../../domain/api-error.js';
import { fieldErrors, serverFieldErrors, textOrNull, type Converted } from './field-errors.js';
import { NO_HOME } from './location-choices.js';

/** "Decide from the value" is the API's null: the £1,000 rule applies. */
export type HighValueChoice = 'from-value' | 'yes' | 'no';

/** What the desk may change on an asset; its loan, where it is now and its disposal have flows of their own. */
export type AssetDraft = {
  name: string;
  barcode: string;
  rfid: string;
  qrCode: string;
  serialNumber: string;
  manufacturer: string;
  colour: string;
  description: string;
  cannotLend: boolean;
  highValue: HighValueChoice;
  /** Pounds as typed, e.g. "650.00"; sent as whole pence. */
  estimatedValuePounds: string;
  /** A location's id, or NO_HOME. */
  homeLocationId: string;
};
export type AssetField = keyof AssetDraft;

export const assetFields: readonly AssetField[] = [
  'name',
  'barcode',
  'rfid',
  'qrCode',
  'serialNumber',
  'manufacturer',
  'colour',
  'description',
  'cannotLend',
  'highValue',
  'estimatedValuePounds',
  'homeLocationId',
];

/** Request keys that a form field of another name sends: pounds typed, pence sent. */
const fieldOfRequest = { estimatedValuePence: 'estimatedValuePounds' } as const;

const choiceOf = (v: boolean | null): HighValueChoice => (v === null ? 'from-value' : v ? 'yes' : 'no');
const valueOf = (c: HighValueChoice): boolean | null => {
  switch (c) {
    case 'from-value':
      return null;
    case 'yes':
      return true;
    case 'no':
      return false;
    default: {
      const unreachable: never = c;
      return unreachable;
    }
  }
};

export function assetToDraft(a: Asset): AssetDraft {
  return {
    name: a.name,
    barcode: a.barcode ?? '',
    rfid: a.rfid ?? '',
    qrCode: a.qrCode ?? '',
    serialNumber: a.serialNumber ?? '',
    manufacturer: a.manufacturer ?? '',
    colour: a.colour ?? '',
    description: a.description ?? '',
    cannotLend: a.cannotLend,
    highValue: choiceOf(a.highValue),
    estimatedValuePounds: penceToPoundsText(a.estimatedValuePence),
    homeLocationId: a.homeLocationId ?? NO_HOME,
  };
}

export function draftToAssetPatch(d: AssetDraft): Converted<UpdateAssetRequest, AssetField> {
  const pence = poundsTextToPence(d.estimatedValuePounds);
  const parsed = UpdateAssetRequest.safeParse({
    name: d.name,
    barcode: textOrNull(d.barcode),
    rfid: textOrNull(d.rfid),
    qrCode: textOrNull(d.qrCode),
    serialNumber: textOrNull(d.serialNumber),
    manufacturer: textOrNull(d.manufacturer),
    colour: textOrNull(d.colour),
    // A description keeps its line breaks and spacing: only an empty one is "none".
    description: d.description.trim() === '' ? null : d.description,
    cannotLend: d.cannotLend,
    highValue: valueOf(d.highValue),
    estimatedValuePence: pence ?? null,
    homeLocationId: d.homeLocationId === NO_HOME ? null : d.homeLocationId,
  });
  const errors = parsed.success ? {} : fieldErrors(parsed.error.issues, assetFields, fieldOfRequest);
  if (pence === undefined) errors.estimatedValuePounds = 'Enter an amount in pounds, like 650 or 650.50.';
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, patch: parsed.data };
  return { ok: false, errors };
}

/** The central API's sentences for the fields of a refused save (a barcode another asset has). */
export const assetErrorsFromServer = (error: ApiError | null) =>
  serverFieldErrors(error, assetFields, fieldOfRequest);
