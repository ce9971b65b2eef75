import type { AssetFacts, LendingPolicy } from './facts.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The loan period of one asset: its type's period, or the policy's default. */
export function loanPeriodHours(asset: Pick<AssetFacts, 'assetTypeId'>, policy: LendingPolicy): number {
  const byType =
    asset.assetTypeId === null ? undefined : policy.loanPeriodHoursByAssetType[asset.assetTypeId];
  return byType ?? policy.defaultLoanPeriodHours;
}

/** The whole basket is due back when its shortest-lived item is. */
export function dueAt(
  assets: readonly Pick<AssetFacts, 'assetTypeId'>[],
  policy: LendingPolicy,
  now: string,
): string | null {
  if (assets.length === 0) return null;
  const hours = Math.min(...assets.map((a) => loanPeriodHours(a, policy)));
  return new Date(Date.parse(now) + hours * HOUR_MS).toISOString();
}

/** Whole days past the due time, 0 when on time: a part day late counts as a whole one. */
export function daysLate(due: string, now: string): number {
  const late = Date.parse(now) - Date.parse(due);
  return late <= 0 ? 0 : Math.ceil(late / DAY_MS);
}
