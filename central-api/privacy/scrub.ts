/** Rewriting text and JSON so a person's personal values are gone from them. */

/** What erasure removes, with every value each field ever had: the names become the pseudonym, the rest go. */
export type PersonalValues = {
  names: readonly string[];
  emails: readonly string[];
  departments: readonly string[];
  cards: readonly string[];
};

export const ERASED = '[erased]';

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `value` where it stands as a whole word: “Ann” is not the start of “Annual”. */
const wholeWord = (value: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(value)}(?![\\p{L}\\p{N}])`, 'giu');

export type Scrubber = { text(value: string): string; json(value: unknown): unknown };

/** Longest first, so “Amira Khan-Smith” is replaced whole before “Amira Khan” could match inside it. */
const longestFirst = (values: readonly string[]) =>
  [...new Set(values.filter((v) => v.length > 0))].sort((a, b) => b.length - a.length);

/**
 * Replace the person's names with their pseudonym and their emails and card numbers with “[erased]”,
 * wherever they stand as words. A department is a common word (“Media”), so it goes only where it is a
 * whole value in JSON, as in a person's before and after.
 */
export function scrubberFor(values: PersonalValues, pseudonym: string): Scrubber {
  const replacements = [
    ...longestFirst(values.names).map((v) => ({ pattern: wholeWord(v), by: pseudonym })),
    ...longestFirst([...values.emails, ...values.cards]).map((v) => ({ pattern: wholeWord(v), by: ERASED })),
  ];
  const exact = new Map<string, string | null>([
    ...values.names.map((v) => [v.toLowerCase(), pseudonym] as const),
    ...[...values.emails, ...values.departments, ...values.cards].map(
      (v) => [v.toLowerCase(), null] as const,
    ),
  ]);
  const text = (value: string) => replacements.reduce((s, r) => s.replace(r.pattern, r.by), value);
  const json = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const whole = exact.get(value.toLowerCase());
      return whole !== undefined ? whole : text(value);
    }
    if (Array.isArray(value)) return value.map(json);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, json(v)]));
    }
    return value;
  };
  return { text, json };
}
