/**
 * Dates and times as people in a British school read them. The time zone is the kiosk's own unless a test
 * pins it, so "due at 16:00" means the clock on the wall.
 */
type Zone = { timeZone?: string };

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', options);
    cache.set(key, f);
  }
  return f;
}

const at = (iso: string | number) => new Date(iso);

/** "16:00" */
export function formatTime(iso: string | number, zone: Zone = {}): string {
  return formatter({ hour: '2-digit', minute: '2-digit', hour12: false, ...zone }).format(at(iso));
}

/** The named parts joined by spaces: ICU versions disagree on commas, a kiosk's wording must not. */
function parts(
  iso: string | number,
  options: Intl.DateTimeFormatOptions,
  order: Intl.DateTimeFormatPartTypes[],
) {
  const found = formatter(options).formatToParts(at(iso));
  return order.map((type) => found.find((p) => p.type === type)?.value ?? '').join(' ');
}

/** "Tuesday 25 November 2025" */
export function formatLongDate(iso: string | number, zone: Zone = {}): string {
  const options = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', ...zone } as const;
  return parts(iso, options, ['weekday', 'day', 'month', 'year']);
}

/** "16:00 on Tuesday 25 November 2025": a receipt's due date, unmistakable from a metre away. */
export function formatDue(iso: string | number, zone: Zone = {}): string {
  return `${formatTime(iso, zone)} on ${formatLongDate(iso, zone)}`;
}

/** "Tue 25 Nov, 16:00": dense lists (loans on a card, the return desk, conflicts). */
export function formatShortDateTime(iso: string | number, zone: Zone = {}): string {
  const options = { weekday: 'short', day: 'numeric', month: 'short', ...zone } as const;
  return `${parts(iso, options, ['weekday', 'day', 'month'])}, ${formatTime(iso, zone)}`;
}

/** "16:00:05.123": when bytes arrived, to the millisecond, for the live device view. */
export function formatClock(iso: string | number, zone: Zone = {}): string {
  const d = at(iso);
  const hms = formatter({
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
    ...zone,
  }).format(d);
  return `${hms}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}
