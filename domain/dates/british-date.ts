/**
 * Calendar dates as people type them in the UK, in a staff form or a CSV import: ISO (2024-12-25) or
 * day/month/year (25/12/2024, 25.12.2024, 25-12-2024, 25 Dec 2024). Anything that could mean two dates is
 * refused rather than guessed. Forms type dates as text because a date input shows the browser's own
 * format, which on a kiosk's Chromium is often the American mm/dd/yyyy.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export type BritishDate =
  /** `swappable`: day and month are both 12 or less, so US order would read another date. */
  | { ok: true; iso: string; swappable: boolean }
  | { ok: false; code: 'bad_date' | 'ambiguous_date'; message: string; usOrder: boolean };

const pad = (n: number) => String(n).padStart(2, '0');

function calendarDate(
  text: string,
  year: number,
  month: number,
  day: number,
  swappable: boolean,
): BritishDate {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    d.getUTCFullYear() !== year ||
    d.getUTCMonth() !== month - 1 ||
    d.getUTCDate() !== day
  ) {
    return {
      ok: false,
      code: 'bad_date',
      message: `“${text}” is not a date in the calendar.`,
      usOrder: false,
    };
  }
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}`, swappable };
}

const ACCEPTED = 'write it as 25/12/2024 or 2024-12-25';

export function parseBritishDate(text: string): BritishDate {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return calendarDate(text, Number(iso[1]), Number(iso[2]), Number(iso[3]), false);

  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(text);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[3]), numeric[4]!];
    if (year.length === 2) {
      return {
        ok: false,
        code: 'ambiguous_date',
        message: `“${text}” has a two-digit year, which could be 19${year} or 20${year}: ${ACCEPTED}.`,
        usOrder: false,
      };
    }
    if (second > 12 && first <= 12) {
      return {
        ok: false,
        code: 'bad_date',
        message: `“${text}” reads as month/day/year (US order), and dates here are day/month/year: ${ACCEPTED}.`,
        usOrder: true,
      };
    }
    return calendarDate(text, Number(year), second, first, first <= 12 && second <= 12 && first !== second);
  }

  const named = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text);
  const month = named ? MONTHS.findIndex((m) => named[2]!.toLowerCase().startsWith(m)) + 1 : 0;
  if (named && month > 0 && named[2]!.length >= 3) {
    return calendarDate(text, Number(named[3]), month, Number(named[1]), false);
  }
  return {
    ok: false,
    code: 'bad_date',
    message: `“${text}” is not a date I can read: ${ACCEPTED}.`,
    usOrder: false,
  };
}

/**
 * In a column that also holds US-order dates, a day/month date such as 03/04/2024 may have been meant
 * as 4 March: the message for such a cell, given the line of one US-order date.
 */
export function ambiguousInUsColumn(text: string, usLine: number): string {
  return `“${text}” could be read two ways, as this column also has a month/day/year date (line ${usLine}): ${ACCEPTED}.`;
}

/** "2026-07-20" → "20/07/2026", how a form shows a stored date; null → "". */
export function isoToBritish(iso: string | null): string {
  if (iso === null) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
