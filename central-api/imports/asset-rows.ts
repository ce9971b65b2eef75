/** The columns of an asset import (a spreadsheet, or our own asset export). */
import { CreateAssetRequest } from '../../domain/api/assets.js';
import { booleanCell, dateCell, poundsCell, textCell } from './cells.js';
import type { CsvTable } from './csv-table.js';
import { placeColumns, readRows, type Column, type Problems } from './import-columns.js';
import { validateRow } from './row-validation.js';

/** Things a row names that the import looks up: an asset type, locations and a kit by name, an owner by email. */
export const REFERENCES = ['assetType', 'location', 'homeLocation', 'kit', 'owner'] as const;
export type Reference = (typeof REFERENCES)[number];

const OWN_FIELDS = [
  'name',
  'barcode',
  'rfid',
  'qrCode',
  'serialNumber',
  'modelId',
  'manufacturer',
  'colour',
  'description',
  'purchaseDate',
  'purchaseSupplier',
  'warrantyDetails',
  'estimatedValuePence',
  'highValue',
] as const;
type Ignored = 'id' | 'pictureKey' | 'allocationId' | 'disposalDate' | 'disposalReason' | 'disposalType';
type AssetField = (typeof OWN_FIELDS)[number] | 'cannotLend' | Reference | Ignored;

export const assetColumns: readonly Column<AssetField>[] = [
  { field: 'id', headers: ['id'], parse: textCell, ignored: true },
  { field: 'name', headers: ['name', 'asset name', 'item'], parse: textCell },
  { field: 'barcode', headers: ['barcode', 'asset tag'], parse: textCell },
  { field: 'rfid', headers: ['rfid', 'rfid tag'], parse: textCell },
  { field: 'qrCode', headers: ['qr code', 'qr'], parse: textCell },
  { field: 'serialNumber', headers: ['serial number', 'serial', 'serial no'], parse: textCell },
  { field: 'modelId', headers: ['model', 'model id', 'model number'], parse: textCell },
  { field: 'manufacturer', headers: ['manufacturer', 'make', 'brand'], parse: textCell },
  { field: 'colour', headers: ['colour', 'color'], parse: textCell },
  { field: 'description', headers: ['description', 'notes'], parse: textCell },
  { field: 'purchaseDate', headers: ['purchase date', 'date purchased', 'purchased'], parse: dateCell },
  { field: 'purchaseSupplier', headers: ['supplier', 'purchase supplier'], parse: textCell },
  { field: 'warrantyDetails', headers: ['warranty', 'warranty details'], parse: textCell },
  { field: 'estimatedValuePence', headers: ['estimated value', 'value'], parse: poundsCell },
  { field: 'highValue', headers: ['high value'], parse: booleanCell },
  { field: 'cannotLend', headers: ['cannot lend', 'not for loan'], parse: booleanCell },
  { field: 'assetType', headers: ['asset type', 'type', 'category'], parse: textCell },
  { field: 'location', headers: ['location', 'current location'], parse: textCell },
  { field: 'homeLocation', headers: ['home location', 'home'], parse: textCell },
  { field: 'kit', headers: ['kit', 'group'], parse: textCell },
  { field: 'owner', headers: ['owner', 'owner email'], parse: textCell },
  { field: 'pictureKey', headers: ['picture key'], parse: textCell, ignored: true },
  { field: 'allocationId', headers: ['on loan'], parse: textCell, ignored: true },
  { field: 'disposalDate', headers: ['disposal date'], parse: textCell, ignored: true },
  { field: 'disposalReason', headers: ['disposal reason'], parse: textCell, ignored: true },
  { field: 'disposalType', headers: ['disposal type'], parse: textCell, ignored: true },
];

/** The asset's own fields a row may set; references become ids once they are looked up. */
const RowAsset = CreateAssetRequest.pick({
  name: true,
  barcode: true,
  rfid: true,
  qrCode: true,
  serialNumber: true,
  modelId: true,
  manufacturer: true,
  colour: true,
  description: true,
  purchaseDate: true,
  purchaseSupplier: true,
  warrantyDetails: true,
  estimatedValuePence: true,
  highValue: true,
  cannotLend: true,
});

export type AssetInput = {
  line: number;
  fields: Partial<ReturnType<typeof RowAsset.parse>>;
  /** The names the row gives (null: the cell is empty), for the columns the file has. */
  references: Partial<Record<Reference, string | null>>;
  headers: ReadonlyMap<string, string>;
};

/** Read and check every row; a row with problems is reported and left out. */
export async function assetRows(table: CsvTable, problems: Problems): Promise<AssetInput[]> {
  const placed = placeColumns(table.header, assetColumns, problems);
  if (!placed.has('name')) {
    problems.add(1, null, 'missing_column', 'The file needs a “name” column.');
    return [];
  }
  const headers = new Map(
    assetColumns.map((c) => [c.field as string, placed.get(c.field)?.header ?? c.headers[0]]),
  );
  const headerOf = (field: string) => headers.get(field) ?? field;
  const inputs: AssetInput[] = [];
  const lateFaults = await readRows(table, placed, problems, ({ line, values, faulty }) => {
    const candidate: Record<string, unknown> = {};
    for (const f of OWN_FIELDS) if (f in values) candidate[f] = values[f];
    // An empty "cannot lend" says nothing: new assets may be lent, existing ones keep their setting.
    if (values.cannotLend !== undefined && values.cannotLend !== null)
      candidate.cannotLend = values.cannotLend;
    const fields = validateRow(RowAsset, candidate, line, headerOf, problems);
    const references: AssetInput['references'] = {};
    for (const r of REFERENCES) if (r in values) references[r] = values[r] as string | null;
    if (fields && !faulty) inputs.push({ line, fields, references, headers });
  });
  return lateFaults.size === 0 ? inputs : inputs.filter((input) => !lateFaults.has(input.line));
}
