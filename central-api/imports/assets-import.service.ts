/**
 * Assets imported by their natural keys: the barcode finds an asset; a row whose barcode is new (or that
 * has none) finds the asset without a barcode that has its serial number, which then gets the barcode.
 */
import { eq, sql } from 'drizzle-orm';
import { newId } from '../../domain/ids.js';
import type { Asset } from '../../domain/model/asset.js';
import { appendAuditEntries, type AuditRecord } from '../audit/audit-log.js';
import { changedFields, describeEdit } from '../catalogue/editing.js';
import type { Tx } from '../db/database.js';
import { insertRows, textArray } from '../db/raw-query.js';
import { toAsset } from '../db/rows.js';
import { asset, credential, person } from '../db/schema/index.js';
import { referenceLookup, type ReferenceIds } from './asset-references.js';
import { assetRows, type AssetInput } from './asset-rows.js';
import type { Problems } from './import-columns.js';
import type { Importer } from './import-runner.js';

type Fields = AssetInput['fields'] & ReferenceIds;
type Plan = { creates: Fields[]; updates: { before: Asset; changes: Fields }[]; unchanged: number };

const CODES = ['barcode', 'rfid', 'qrCode'] as const;

/** A new asset as the database would make it from a row: every column the row leaves out empty. */
function newAsset(id: string, fields: Fields): Asset {
  return {
    id,
    groupId: null,
    allocationId: null,
    locationId: null,
    homeLocationId: null,
    barcode: null,
    rfid: null,
    qrCode: null,
    pictureKey: null,
    serialNumber: null,
    modelId: null,
    description: null,
    manufacturer: null,
    colour: null,
    purchaseDate: null,
    purchaseSupplier: null,
    warrantyDetails: null,
    estimatedValuePence: null,
    disposalDate: null,
    disposalReason: null,
    disposalTypeId: null,
    highValue: null,
    cannotLend: false,
    ownerId: null,
    assetTypeId: null,
    ...fields,
    name: fields.name!,
  };
}

/** Rows repeating an earlier row's label, or its serial number when that is how they are found, are dropped. */
function uniqueInFile(inputs: readonly AssetInput[], problems: Problems): AssetInput[] {
  const seen = new Map<string, number>();
  const serialKeyed = new Map<string, number>();
  for (const i of inputs)
    if (!i.fields.barcode && i.fields.serialNumber) serialKeyed.set(i.fields.serialNumber, i.line);
  return inputs.filter(({ line, fields, headers }) => {
    if (!fields.barcode && !fields.serialNumber) {
      problems.add(
        line,
        null,
        'no_key',
        'This asset has no barcode and no serial number, so a later import could not find it again: give one.',
      );
      return false;
    }
    let unique = true;
    for (const k of CODES) {
      const value = fields[k];
      if (!value) continue;
      const earlier = seen.get(value);
      if (earlier !== undefined && earlier !== line) {
        problems.add(
          line,
          headers.get(k)!,
          'duplicate_in_file',
          `“${value}” is also on line ${earlier}: a barcode, RFID or QR value labels one asset.`,
        );
        unique = false;
      } else seen.set(value, line);
    }
    const serial = fields.serialNumber;
    const keyedLine = serial ? serialKeyed.get(serial) : undefined;
    if (serial && keyedLine !== undefined && keyedLine !== line && (!fields.barcode || keyedLine < line)) {
      problems.add(
        line,
        headers.get('serialNumber')!,
        'duplicate_in_file',
        `The serial number “${serial}” is also on line ${keyedLine}, which has no barcode to tell them apart.`,
      );
      unique = false;
    }
    return unique;
  });
}

async function planAssets(
  tx: Tx,
  inputs: AssetInput[],
  problems: Problems,
  forUpdate: boolean,
): Promise<Plan> {
  const rows = uniqueInFile(inputs, problems);
  const codes = rows.flatMap((r) => CODES.flatMap((k) => (r.fields[k] ? [r.fields[k]!] : [])));
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
  const ownerOf = new Map(owners.map((o) => [o.code, o]));
  const matchedQuery = tx
    .select()
    .from(asset)
    .where(
      sql`${asset.id} in (select ${credential.ownerId} from ${credential} where ${credential.code} = any(${textArray(codes)}) and ${credential.ownerKind} = 'asset')
        or (${asset.barcode} is null and ${asset.serialNumber} = any(${textArray(serials)}))`,
    );
  const matched = (forUpdate ? await matchedQuery.for('update') : await matchedQuery).map(toAsset);
  const byId = new Map(matched.map((a) => [a.id, a]));
  const bySerial = new Map<string, Asset[]>();
  for (const a of matched) {
    if (a.barcode === null && a.serialNumber !== null)
      bySerial.set(a.serialNumber, [...(bySerial.get(a.serialNumber) ?? []), a]);
  }
  const resolve = await referenceLookup(tx, rows);
  const claimed = new Map<string, number>();
  const plan: Plan = { creates: [], updates: [], unchanged: 0 };
  for (const input of rows) {
    const { line, fields, headers } = input;
    const references = resolve(input, problems);
    const barcodeOwner = fields.barcode ? ownerOf.get(fields.barcode) : undefined;
    let existing: Asset | undefined;
    if (barcodeOwner?.kind === 'asset') existing = byId.get(barcodeOwner.ownerId);
    else if (!barcodeOwner && fields.serialNumber) {
      const candidates = bySerial.get(fields.serialNumber) ?? [];
      if (candidates.length > 1) {
        problems.add(
          line,
          headers.get('serialNumber')!,
          'ambiguous_match',
          `${candidates.length} assets without a barcode have the serial number “${fields.serialNumber}”: give this row a barcode.`,
        );
        continue;
      }
      existing = candidates[0];
    }
    let ok = references !== null;
    for (const k of CODES) {
      const owner = fields[k] ? ownerOf.get(fields[k]!) : undefined;
      if (!owner || (owner.kind === 'asset' && owner.ownerId === existing?.id)) continue;
      ok = false;
      const holder =
        owner.kind === 'person' ? `the card of ${owner.personName}` : `the label of another asset`;
      problems.add(
        line,
        headers.get(k)!,
        'taken',
        `“${fields[k]}” is already ${holder}: a barcode, RFID or QR value must be unique.`,
      );
    }
    if (existing) {
      const earlier = claimed.get(existing.id);
      if (earlier !== undefined) {
        ok = false;
        problems.add(
          line,
          null,
          'duplicate_in_file',
          `This row and line ${earlier} both describe “${existing.name}”.`,
        );
      } else claimed.set(existing.id, line);
    }
    if (!ok || !references) continue;
    const wanted: Fields = { ...fields, ...references };
    if (!existing) {
      plan.creates.push(wanted);
      continue;
    }
    const changes = Object.fromEntries(
      Object.entries(wanted).filter(
        ([k, v]) => JSON.stringify(existing[k as keyof Asset]) !== JSON.stringify(v),
      ),
    ) as Fields;
    const onLoan = existing.allocationId !== null;
    if (onLoan && ('groupId' in changes || ('locationId' in changes && changes.locationId !== null))) {
      problems.add(
        line,
        headers.get('groupId' in changes ? 'kit' : 'location')!,
        'on_loan',
        `“${existing.name}” is on loan: leave its kit and location as they are until it comes back.`,
      );
      continue;
    }
    if (Object.keys(changes).length === 0) plan.unchanged++;
    else plan.updates.push({ before: existing, changes });
  }
  return plan;
}

export const assetsImporter: Importer<AssetInput, Plan> = {
  kind: 'assets',
  rowsOf: assetRows,
  plan: planAssets,
  counts: (plan) => ({
    created: plan.creates.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
  }),
  async apply(ctx, tx, actor, plan) {
    const created = plan.creates.map((fields) => newAsset(newId(), fields));
    const now = ctx.now();
    await insertRows(
      tx,
      asset,
      created.map((a) => ({ ...a, createdAt: now, updatedAt: now })),
    );
    const audit: AuditRecord[] = created.map((after) => ({
      action: 'asset.create',
      entityType: 'asset',
      entityId: after.id,
      description: `${after.name} was added to the catalogue by an import.`,
      after,
    }));
    for (const { before, changes } of plan.updates) {
      const [row] = await tx
        .update(asset)
        .set({ ...changes, updatedAt: ctx.now() })
        .where(eq(asset.id, before.id))
        .returning();
      const after = toAsset(row!);
      audit.push({
        action: 'asset.update',
        entityType: 'asset',
        entityId: after.id,
        description: `${describeEdit(after.name, changedFields(before, after))} (import)`,
        before,
        after,
      });
    }
    await appendAuditEntries(tx, actor, audit);
  },
};
