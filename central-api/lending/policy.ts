import { isNotNull } from 'drizzle-orm';
import type { LendingPolicy } from '../../domain/lending/facts.js';
import type { Db, Tx } from '../db/database.js';
import { assetType } from '../db/schema/index.js';

/** The policy with the loan period of every asset type that has one, as kiosks receive it. */
export async function currentPolicy(db: Db | Tx, base: LendingPolicy): Promise<LendingPolicy> {
  const types = await db
    .select({ id: assetType.id, hours: assetType.loanPeriodHours })
    .from(assetType)
    .where(isNotNull(assetType.loanPeriodHours));
  const periods = { ...base.loanPeriodHoursByAssetType };
  for (const t of types) if (t.hours !== null) periods[t.id] = t.hours;
  return { ...base, loanPeriodHoursByAssetType: periods };
}

/** The policy with the loan periods of the asset types in one basket (what one decision needs). */
export function policyFor(
  base: LendingPolicy,
  assets: Iterable<{ assetTypeId: string | null; loanPeriodHours: number | null }>,
): LendingPolicy {
  const periods = { ...base.loanPeriodHoursByAssetType };
  for (const a of assets) {
    if (a.assetTypeId !== null && a.loanPeriodHours !== null) periods[a.assetTypeId] = a.loanPeriodHours;
  }
  return { ...base, loanPeriodHoursByAssetType: periods };
}
