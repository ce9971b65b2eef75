/**
 * An asset as its form holds it: every field as the text a person typed, turned into the API's request
 * only on save, so a half-typed value is never lost and a wrong one is named beside its field.
 */
import type { AssetDetail, CreateAssetRequest } from '../../domain/api/assets.js';
import type { FieldIssue } from '../../domain/api-error.js';
import { penceToPoundsText, poundsTextToPence } from '../../ui/format/money.js';

export type HighValueChoice = 'auto' | 'yes' | 'no';

export type AssetDraft = {
  name: string;
  description: string;
  assetTypeId: string;
  modelId: string;
  manufacturer: string;
  serialNumber: string;
  colour: string;
  ownerId: string;
  homeLocationId: string;
  locationId: string;
  barcode: string;
  rfid: string;
  qrCode: string;
  purchaseDate: string;
  purchaseSupplier: string;
  warrantyDetails: string;
  /** Pounds, as typed: "1,299.99". */
  value: string;
  highValue: HighValueChoice;
  cannotLend: boolean;
};
export type DraftField = keyof AssetDraft;

export const emptyDraft: AssetDraft = {
  name: '',
  description: '',
  assetTypeId: '',
  modelId: '',
  manufacturer: '',
  serialNumber: '',
  colour: '',
  ownerId: '',
  homeLocationId: '',
  locationId: '',
  barcode: '',
  rfid: '',
  qrCode: '',
  purchaseDate: '',
  purchaseSupplier: '',
  warrantyDetails: '',
  value: '',
  highValue: 'auto',
  cannotLend: false,
};

const textFields = [
  'name',
  'description',
  'assetTypeId',
  'modelId',
  'manufacturer',
  'serialNumber',
  'colour',
  'ownerId',
  'homeLocationId',
  'locationId',
  'barcode',
  'rfid',
  'qrCode',
  'purchaseDate',
  'purchaseSupplier',
  'warrantyDetails',
] as const satisfies readonly DraftField[];

export function draftOf(asset: AssetDetail): AssetDraft {
  const text = Object.fromEntries(textFields.map((f) => [f, asset[f] ?? ''])) as Pick<
    AssetDraft,
    (typeof textFields)[number]
  >;
  return {
    ...text,
    value: penceToPoundsText(asset.estimatedValuePence),
    highValue: asset.highValue === null ? 'auto' : asset.highValue ? 'yes' : 'no',
    cannotLend: asset.cannotLend,
  };
}

/**
 * A copy to add as a new asset (ten identical tripods): everything but what tells one item from another,
 * its labels and serial number, and where it is now (a new one starts at its home).
 */
export function duplicateOf(draft: AssetDraft): AssetDraft {
  return { ...draft, barcode: '', rfid: '', qrCode: '', serialNumber: '', locationId: draft.homeLocationId };
}

const VALUE_ISSUE = 'Type the value in pounds and pence, such as 1299.99, or leave it empty.';

/** The request a draft saves as, or the issues that stop it being sent. */
export function requestOf(
  draft: AssetDraft,
): { ok: true; request: CreateAssetRequest } | { ok: false; issues: FieldIssue[] } {
  const pence = poundsTextToPence(draft.value);
  if (pence === undefined) return { ok: false, issues: [{ path: 'value', message: VALUE_ISSUE }] };
  const text = Object.fromEntries(
    textFields.map((f) => [f, draft[f].trim() === '' ? null : draft[f].trim()]),
  ) as Record<(typeof textFields)[number], string | null>;
  return {
    ok: true,
    request: {
      ...text,
      name: draft.name.trim(),
      estimatedValuePence: pence,
      highValue: draft.highValue === 'auto' ? null : draft.highValue === 'yes',
      cannotLend: draft.cannotLend,
    },
  };
}

/** The form field a request field's issue belongs beside (`estimatedValuePence` is typed as `value`). */
export function draftFieldOf(path: string): DraftField | null {
  if (path === 'estimatedValuePence') return 'value';
  return path in emptyDraft ? (path as DraftField) : null;
}

/** The fields where `mine` differs from `base`, with their values in `mine`: what a form changed. */
export function differences(mine: AssetDraft, base: AssetDraft): Partial<AssetDraft> {
  return Object.fromEntries(
    (Object.keys(mine) as DraftField[]).filter((f) => mine[f] !== base[f]).map((f) => [f, mine[f]]),
  );
}
