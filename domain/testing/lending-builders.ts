/** Builders of lending facts for tests in every folder; not part of the shipped domain. */
import { newId } from '../ids.js';
import type {
  AssetFacts,
  CheckoutFacts,
  KitFacts,
  OpenLoanLine,
  PersonFacts,
  ReturnFacts,
} from '../lending/facts.js';
import { defaultLendingPolicy } from '../lending/facts.js';

export const NOW = '2026-11-24T10:00:00.000Z';

export function anAsset(over: Partial<AssetFacts> = {}): AssetFacts {
  return {
    id: newId(),
    name: 'Canon EOS R50',
    groupId: null,
    assetTypeId: null,
    disposalDate: null,
    cannotLend: false,
    highValue: null,
    estimatedValuePence: 65_000,
    ...over,
  };
}

export function aPerson(over: Partial<PersonFacts> = {}): PersonFacts {
  return { id: newId(), name: 'Amira Khan', lend: true, staff: false, ...over };
}

/** A kit of `memberNames` tagged assets and `itemNames` untagged accessories. */
export function aKit(
  name: string,
  memberNames: readonly string[],
  itemNames: readonly string[],
): { kit: KitFacts; members: AssetFacts[] } {
  const id = newId();
  const members = memberNames.map((n) => anAsset({ name: n, groupId: id, estimatedValuePence: 20_000 }));
  const kit: KitFacts = {
    id,
    name,
    members: members.map((m) => ({ id: m.id, name: m.name, disposed: false })),
    items: itemNames.map((n) => ({ id: newId(), name: n })),
  };
  return { kit, members };
}

export function assetLine(
  assetId: string,
  personId: string,
  dueAt: string,
  allocationId = newId(),
): OpenLoanLine {
  return { kind: 'asset', assetId, personId, dueAt, allocationId };
}

export function itemLine(
  groupItemId: string,
  personId: string,
  dueAt: string,
  allocationId = newId(),
): OpenLoanLine {
  return { kind: 'groupItem', groupItemId, personId, dueAt, allocationId };
}

export function checkoutFacts(over: Partial<CheckoutFacts> = {}): CheckoutFacts {
  return {
    borrower: { kind: 'person', person: aPerson() },
    scanned: [],
    confirmedGroupItemIds: [],
    kits: [],
    openLines: [],
    policy: defaultLendingPolicy,
    staff: null,
    now: NOW,
    ...over,
  };
}

export function returnFacts(over: Partial<ReturnFacts> = {}): ReturnFacts {
  return {
    scanned: [],
    confirmedGroupItemIds: [],
    kits: [],
    openLines: [],
    partial: false,
    now: NOW,
    ...over,
  };
}

export const scan = (asset: AssetFacts) => ({ kind: 'asset' as const, asset });
export const unknownScan = (credential: string) => ({ kind: 'unknown' as const, credential });
