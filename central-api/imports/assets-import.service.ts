/** Assets imported by their natural keys (see asset-matching), all or nothing. */
import { eq } from 'drizzle-orm';
import { newId } from '../../domain/ids.js';
import type { Asset } from '../../domain/model/asset.js';
import { appendAuditEntries, type AuditRecord } from '../audit/audit-log.js';
import { changedFields, describeEdit } from '../catalogue/editing.js';
import type { Tx } from '../db/database.js';
import { insertRows } from '../db/raw-query.js';
import { toAsset } from '../db/rows.js';
import { asset, credential } from '../db/schema/index.js';
import { existingAsset, knownAssets, LABELS, labelsFree } from './asset-matching.js';
import { referenceLookup, type ReferenceIds } from './asset-references.js';
import { assetRows, type AssetInput } from './asset-rows.js';
import type { Problems } from './import-columns.js';
import type { Importer } from './import-runner.js';

type Fields = AssetInput['fields'] & ReferenceIds;
type Plan = { creates: Fields[]; updates: { before: Asset; changes: Fields }[]; unchanged: number };

/** A new asset as the database would make it from a row: every column the row leaves out empty. */
function newAsset(id: string, fields: Fields): Asset {
  return {
    id,
    groupId: null,
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
    for (const k of LABELS) {
      const value = fields[k];
      if (!value) continue;
      const earlier = seen.get(value);
      if (earlier !== undefined && earlier !== line) {
        problems.add(
          line,
          headers.get(k)!,
          'duplicate_in_file',
          `“${value}” is also on line ${earlier}: a barcode, RFID or QR value labels one asset.`,
          value,
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
        serial,
      );
      unique = false;
    }
    return unique;
  });
}

/** The fields of `wanted` that differ from the asset as it is. */
function changesOf(existing: Asset, wanted: Fields): Fields {
  return Object.fromEntries(
    Object.entries(wanted).filter(
      ([k, v]) => JSON.stringify(existing[k as keyof Asset]) !== JSON.stringify(v),
    ),
  ) as Fields;
}

async function planAssets(
  tx: Tx,
  inputs: AssetInput[],
  problems: Problems,
  forUpdate: boolean,
): Promise<Plan> {
  const rows = uniqueInFile(inputs, problems);
  const known = await knownAssets(tx, rows, forUpdate);
  const resolve = await referenceLookup(tx, rows);
  const claimed = new Map<string, number>();
  const plan: Plan = { creates: [], updates: [], unchanged: 0 };
  for (const input of rows) {
    const references = resolve(input, problems);
    const existing = existingAsset(input, known, problems);
    if (existing === null) continue;
    const free = labelsFree(input, existing, known, problems);
    const earlier = existing ? claimed.get(existing.id) : undefined;
    if (existing && earlier !== undefined) {
      problems.add(
        input.line,
        null,
        'duplicate_in_file',
        `This row and line ${earlier} both describe “${existing.name}”.`,
      );
      continue;
    }
    if (existing) claimed.set(existing.id, input.line);
    if (!free || !references) continue;
    const wanted: Fields = { ...input.fields, ...references };
    if (!existing) {
      plan.creates.push(wanted);
      continue;
    }
    const changes = changesOf(existing, wanted);
    if (
      known.onLoan.has(existing.id) &&
      ('groupId' in changes || ('locationId' in changes && changes.locationId !== null))
    ) {
      problems.add(
        input.line,
        input.headers.get('groupId' in changes ? 'kit' : 'location')!,
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
  tables: [asset, credential],
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
