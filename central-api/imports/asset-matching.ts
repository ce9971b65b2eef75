/**
 * Which existing asset a row describes, and whether its labels are free: the barcode finds an asset; a
 * row whose barcode is new (or that has none) finds the asset without a barcode that has its serial
 * number, which then gets the barcode.
 */
import { eq, sql } from 'drizzle-orm';
import type { Asset } from '../../domain/model/asset.js';
import type { Tx } from '../db/database.js';
import { textArray } from '../db/raw-query.js';
import { toAsset } from '../db/rows.js';
import { asset, credential, person } from '../db/schema/index.js';
import { openLoansOfAssets } from '../lending/open-asset-loans.js';
import type { AssetInput } from './asset-rows.js';
import type { Problems } from './import-columns.js';

export const LABELS = ['barcode', 'rfid', 'qrCode'] as const;

type LabelOwner = { kind: 'person' | 'asset'; ownerId: string; personName: string | null };

export type KnownAssets = {
  ownerOf: ReadonlyMap<string, LabelOwner>;
  byId: ReadonlyMap<string, Asset>;
  /** Assets without a barcode, by serial number. */
  bySerial: ReadonlyMap<string, readonly Asset[]>;
  /** The ones out on a loan now. */
  onLoan: ReadonlySet<string>;
};

/** Everything the file's labels and serial numbers could mean, read once (and locked, to commit). */
export async function knownAssets(
  tx: Tx,
  rows: readonly AssetInput[],
  forUpdate: boolean,
): Promise<KnownAssets> {
  const codes = rows.flatMap((r) => LABELS.flatMap((k) => (r.fields[k] ? [r.fields[k]!] : [])));
  const serials = rows.flatMap((r) => (r.fields.serialNumber ? [r.fields.serialNumber] : []));
  const owners = await tx
    .select({
      code: credential.code,
      kind: credential.ownerKind,
      ownerId: credential.ownerId,
      personName: person.name,
    })
    .from(credential)
    .leftJoin(person, eq(person.id, credential.ownerId))
    .where(sql`${credential.code} = any(${textArray(codes)})`);
  const query = tx
    .select()
    .from(asset)
    .where(
      sql`${asset.id} in (select ${credential.ownerId} from ${credential}
            where ${credential.code} = any(${textArray(codes)}) and ${credential.ownerKind} = 'asset')
        or (${asset.barcode} is null and ${asset.serialNumber} = any(${textArray(serials)}))`,
    );
  const matched = (forUpdate ? await query.for('update') : await query).map(toAsset);
  const bySerial = new Map<string, Asset[]>();
  for (const a of matched) {
    if (a.barcode !== null || a.serialNumber === null) continue;
    const same = bySerial.get(a.serialNumber) ?? [];
    same.push(a);
    bySerial.set(a.serialNumber, same);
  }
  return {
    ownerOf: new Map(owners.map((o) => [o.code, o])),
    byId: new Map(matched.map((a) => [a.id, a])),
    bySerial,
    onLoan: new Set(
      (
        await openLoansOfAssets(
          tx,
          matched.map((a) => a.id),
        )
      ).keys(),
    ),
  };
}

/** The asset the row describes; undefined for a new one, null when the serial number names several. */
export function existingAsset(
  input: AssetInput,
  known: KnownAssets,
  problems: Problems,
): Asset | undefined | null {
  const { fields, line, headers } = input;
  const owner = fields.barcode ? known.ownerOf.get(fields.barcode) : undefined;
  if (owner?.kind === 'asset') return known.byId.get(owner.ownerId);
  if (owner || !fields.serialNumber) return undefined;
  const candidates = known.bySerial.get(fields.serialNumber) ?? [];
  if (candidates.length > 1) {
    problems.add(
      line,
      headers.get('serialNumber')!,
      'ambiguous_match',
      `${candidates.length} assets without a barcode have the serial number “${fields.serialNumber}”: give this row a barcode.`,
      fields.serialNumber,
    );
    return null;
  }
  return candidates[0];
}

/** Whether every label of the row is free or already the asset's own; each taken one is a problem. */
export function labelsFree(
  input: AssetInput,
  existing: Asset | undefined,
  known: KnownAssets,
  problems: Problems,
): boolean {
  let free = true;
  for (const k of LABELS) {
    const value = input.fields[k];
    const owner = value ? known.ownerOf.get(value) : undefined;
    if (!owner || (owner.kind === 'asset' && owner.ownerId === existing?.id)) continue;
    free = false;
    const holder = owner.kind === 'person' ? `the card of ${owner.personName}` : 'the label of another asset';
    problems.add(
      input.line,
      input.headers.get(k)!,
      'taken',
      `“${value}” is already ${holder}: a barcode, RFID or QR value must be unique.`,
      value ?? null,
    );
  }
  return free;
}
