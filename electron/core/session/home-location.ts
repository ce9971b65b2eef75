/**
 * Where an item coming back belongs, by name, when that is somewhere else: null when it is home, when it has
 * no home, and when this station's own location is not set, since then nothing can be said to be elsewhere.
 * A home the kiosk's copy cannot name yet (not synced) is still elsewhere.
 */
export function homeElsewhere(
  homeLocationId: string | null,
  here: string | null,
  nameOf: (locationId: string) => string | null,
): string | null {
  if (here === null || homeLocationId === null || homeLocationId === here) return null;
  return nameOf(homeLocationId) ?? 'another location';
}
