/** Small pieces every catalogue service shares: what changed, how to say so, how to search. */
import { KitdeskError } from '../../domain/errors.js';

/** The fields whose value differs between two versions of a row. */
export function changedFields<T extends object>(before: T, after: T): string[] {
  return (Object.keys(after) as (keyof T & string)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
}

const spaced = (field: string) => field.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);

/** e.g. `Asset “Tripod”: name, colour and location id changed.` */
export function describeEdit(what: string, fields: readonly string[]): string {
  if (fields.length === 0) return `${what}: saved with no changes.`;
  return `${what}: ${listedInWords(fields.map(spaced))} changed.`;
}

/** `a`, `a and b`, `a, b and c`. */
export function listedInWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/** A LIKE pattern matching `q` anywhere, with LIKE's own wildcards in `q` taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The fields of a PATCH that were sent (zod leaves the others out). */
export function sentFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function notFound(what: string): KitdeskError {
  return new KitdeskError('not_found', `There is no ${what} with this id.`);
}

/** Run a page query and its count together. */
export async function pageOfRows<Row>(
  rows: Promise<Row[]>,
  total: Promise<{ n: number }[]>,
): Promise<{ rows: Row[]; total: number }> {
  const [r, [t]] = await Promise.all([rows, total]);
  return { rows: r, total: t?.n ?? 0 };
}
