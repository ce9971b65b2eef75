/**
 * Calendar dates typed the British way. A date input would show the browser's own format, which on a
 * kiosk's Chromium is often the American mm/dd/yyyy: a school office reads 03/07 as the 3rd of July.
 */

/** "2026-07-20" → "20/07/2026"; null → "". */
export function isoToBritish(iso: string | null): string {
  if (iso === null) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * "20/7/2026" (or with dashes or dots) → "2026-07-20"; empty → null; undefined when it is not written as
 * day, month and year. Whether the day exists (30/02) is the domain schema's to say.
 */
export function britishToIso(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return undefined;
  const [, d, m, y] = match;
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}
