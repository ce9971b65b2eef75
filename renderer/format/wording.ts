/** "1 item", "3 items": counts in sentences. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** How late a returned item is, for the return desk: "On time", "1 day late", "12 days late". */
export function lateness(daysLate: number): string {
  return daysLate === 0 ? 'On time' : `${count(daysLate, 'day')} late`;
}

/**
 * The basket's confirm button, counting what goes out: "Borrow 1 item", "Borrow 3 items and 2 accessories".
 * While a kit is still being put together it says what to do first instead.
 */
export function borrowLabel(
  outgoing: { items: number; accessories: number },
  kitInProgress: boolean,
): string {
  if (outgoing.items === 0) return 'Scan an item to borrow';
  if (kitInProgress) return 'Finish the kit to borrow';
  const items = `Borrow ${count(outgoing.items, 'item')}`;
  return outgoing.accessories === 0
    ? items
    : `${items} and ${count(outgoing.accessories, 'accessory', 'accessories')}`;
}

/**
 * The label beside each line whose name another line shares, so two units of one model can be told apart;
 * a line with a name of its own needs none.
 */
export function tagsOfLookalikes<T extends { name: string; tag: string | null }>(
  lines: readonly T[],
): (line: T) => string | null {
  const seen = new Map<string, number>();
  for (const l of lines) seen.set(l.name, (seen.get(l.name) ?? 0) + 1);
  return (line) => ((seen.get(line.name) ?? 0) > 1 ? line.tag : null);
}
