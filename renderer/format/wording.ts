/** "1 item", "3 items": counts in sentences. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** How late a returned item is, for the return desk: "On time", "1 day late", "12 days late". */
export function lateness(daysLate: number): string {
  return daysLate === 0 ? 'On time' : `${count(daysLate, 'day')} late`;
}
