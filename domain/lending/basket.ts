import type { AssetFacts, KitFacts, ScannedAsset } from './facts.js';

/** The same label scanned twice is one line: keep the first scan of each asset or unknown code. */
export function distinctScans(scanned: readonly ScannedAsset[]): ScannedAsset[] {
  const seen = new Set<string>();
  return scanned.filter((s) => {
    const key = s.kind === 'asset' ? `a:${s.asset.id}` : `c:${s.credential}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function knownAssets(scanned: readonly ScannedAsset[]): AssetFacts[] {
  return scanned.flatMap((s) => (s.kind === 'asset' ? [s.asset] : []));
}

/** The kits the basket touches, in the order their first member was scanned. */
export function kitsTouched(assets: readonly AssetFacts[], kits: readonly KitFacts[]): KitFacts[] {
  const byId = new Map(kits.map((k) => [k.id, k]));
  const ids = [...new Set(assets.flatMap((a) => (a.groupId === null ? [] : [a.groupId])))];
  return ids.map((id) => {
    const kit = byId.get(id);
    if (!kit)
      throw new Error(
        `Lending facts are missing kit ${id}: the caller must load every kit the basket touches.`,
      );
    return kit;
  });
}
