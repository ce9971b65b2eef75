/** Reading what the lending rules need, inside the transaction that acts on their decision. */
import { and, asc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { AssetFacts, KitFacts, OpenLoanLine, ScannedAsset } from '../../domain/lending/facts.js';
import type { Tx } from '../db/database.js';
import {
  allocation,
  allocationAssetLine,
  allocationItemLine,
  asset,
  assetGroup,
  assetType,
  credential,
  groupItem,
  person,
} from '../db/schema/index.js';

/** A label as the caller sent it. */
export type Label = { assetId: string } | { code: string };

export type LockedAsset = AssetFacts & {
  homeLocationId: string | null;
  allocationId: string | null;
  loanPeriodHours: number | null;
};

/**
 * Resolve labels to assets and lock those assets' rows (in id order, so two transactions never wait on
 * each other in a circle) until the transaction ends. A label that names no asset stays an unknown scan.
 */
export async function resolveAndLockAssets(
  tx: Tx,
  labels: readonly Label[],
): Promise<{ scanned: ScannedAsset[]; locked: Map<string, LockedAsset> }> {
  const codes = labels.flatMap((l) => ('code' in l ? [l.code] : []));
  const byCode = new Map<string, string>();
  if (codes.length > 0) {
    const found = await tx
      .select({ code: credential.code, ownerId: credential.ownerId })
      .from(credential)
      .where(and(inArray(credential.code, codes), eq(credential.ownerKind, 'asset')));
    for (const f of found) byCode.set(f.code, f.ownerId);
  }
  const wanted = labels.map((l) => ('assetId' in l ? l.assetId : (byCode.get(l.code) ?? null)));
  const ids = [...new Set(wanted.filter((id): id is string => id !== null))].sort();
  const rows =
    ids.length === 0
      ? []
      : await tx
          .select({
            id: asset.id,
            name: asset.name,
            groupId: asset.groupId,
            assetTypeId: asset.assetTypeId,
            disposalDate: asset.disposalDate,
            cannotLend: asset.cannotLend,
            highValue: asset.highValue,
            estimatedValuePence: asset.estimatedValuePence,
            homeLocationId: asset.homeLocationId,
            allocationId: asset.allocationId,
            loanPeriodHours: assetType.loanPeriodHours,
          })
          .from(asset)
          .leftJoin(assetType, eq(assetType.id, asset.assetTypeId))
          .where(inArray(asset.id, ids))
          .orderBy(asc(asset.id))
          .for('update', { of: asset });
  const locked = new Map(rows.map((r) => [r.id, r]));
  const scanned = labels.map((label, i): ScannedAsset => {
    const found = locked.get(wanted[i] ?? '');
    if (found) return { kind: 'asset', asset: found };
    return { kind: 'unknown', credential: 'code' in label ? label.code : label.assetId };
  });
  return { scanned, locked };
}

/** Every kit the assets belong to, with all its members and accessories. */
export async function loadKits(tx: Tx, groupIds: readonly string[]): Promise<KitFacts[]> {
  const ids = [...new Set(groupIds)];
  if (ids.length === 0) return [];
  const [groups, members, items] = await Promise.all([
    tx
      .select({ id: assetGroup.id, name: assetGroup.name })
      .from(assetGroup)
      .where(inArray(assetGroup.id, ids)),
    tx
      .select({ id: asset.id, name: asset.name, groupId: asset.groupId, disposalDate: asset.disposalDate })
      .from(asset)
      .where(inArray(asset.groupId, ids))
      .orderBy(asc(asset.name), asc(asset.id)),
    tx
      .select({ id: groupItem.id, name: groupItem.name, groupId: groupItem.groupId })
      .from(groupItem)
      .where(inArray(groupItem.groupId, ids))
      .orderBy(asc(groupItem.name), asc(groupItem.id)),
  ]);
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    members: members
      .filter((m) => m.groupId === g.id)
      .map((m) => ({ id: m.id, name: m.name, disposed: m.disposalDate !== null })),
    items: items.filter((i) => i.groupId === g.id).map((i) => ({ id: i.id, name: i.name })),
  }));
}

export type OpenLine = OpenLoanLine & { lineId: string };

/** Open loan lines of the given assets and accessories, and every open line of one borrower. */
export async function loadOpenLines(
  tx: Tx,
  scope: { assetIds: readonly string[]; groupItemIds: readonly string[]; personId: string | null },
): Promise<OpenLine[]> {
  const ofPerson = scope.personId === null ? undefined : eq(allocation.personId, scope.personId);
  const either = (byThing: SQL | undefined) => or(byThing, ofPerson);
  const assetScope = either(
    scope.assetIds.length ? inArray(allocationAssetLine.assetId, [...scope.assetIds]) : undefined,
  );
  const itemScope = either(
    scope.groupItemIds.length ? inArray(allocationItemLine.groupItemId, [...scope.groupItemIds]) : undefined,
  );
  const [assetLines, itemLines] = await Promise.all([
    assetScope
      ? tx
          .select({
            lineId: allocationAssetLine.id,
            assetId: allocationAssetLine.assetId,
            allocationId: allocation.id,
            personId: allocation.personId,
            dueAt: allocation.dueAt,
          })
          .from(allocationAssetLine)
          .innerJoin(allocation, eq(allocation.id, allocationAssetLine.allocationId))
          .where(and(isNull(allocationAssetLine.returnedAt), assetScope))
      : [],
    itemScope
      ? tx
          .select({
            lineId: allocationItemLine.id,
            groupItemId: allocationItemLine.groupItemId,
            allocationId: allocation.id,
            personId: allocation.personId,
            dueAt: allocation.dueAt,
          })
          .from(allocationItemLine)
          .innerJoin(allocation, eq(allocation.id, allocationItemLine.allocationId))
          .where(and(isNull(allocationItemLine.returnedAt), itemScope))
      : [],
  ]);
  return [
    ...assetLines.map((l) => ({ kind: 'asset' as const, ...l, dueAt: l.dueAt.toISOString() })),
    ...itemLines.map((l) => ({ kind: 'groupItem' as const, ...l, dueAt: l.dueAt.toISOString() })),
  ];
}

export type PersonRow = { id: string; name: string; lend: boolean; staff: boolean; isAdmin: boolean };

/** A person by id, or by a card value (a credential that names an asset names no borrower). */
export async function findPersonBy(
  tx: Tx,
  ref: { personId: string } | { credential: string },
): Promise<PersonRow | null> {
  const columns = {
    id: person.id,
    name: person.name,
    lend: person.lend,
    staff: person.staff,
    isAdmin: person.isAdmin,
  };
  if ('personId' in ref) {
    const [row] = await tx.select(columns).from(person).where(eq(person.id, ref.personId));
    return row ?? null;
  }
  const [row] = await tx
    .select(columns)
    .from(credential)
    .innerJoin(person, eq(person.id, credential.ownerId))
    .where(and(eq(credential.code, ref.credential), eq(credential.ownerKind, 'person')));
  return row ?? null;
}
