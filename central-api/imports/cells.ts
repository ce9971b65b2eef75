/** How a CSV cell becomes a value: text, yes/no, money, a date. */
import type { ImportProblemCode } from '../../domain/api/imports.js';
import { parseBritishDate } from '../../domain/dates/british-date.js';

export type Parsed =
  | { ok: true; value: unknown; swappableDate?: boolean }
  | { ok: false; code: ImportProblemCode; message: string; usOrderDate?: boolean };

export type CellParser = (text: string) => Parsed;

/** Exports put an apostrophe before text a spreadsheet would run as a formula; take it off again. */
export function cellText(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

export const textCell: CellParser = (text) => ({ ok: true, value: text });

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

export const booleanCell: CellParser = (text) => {
  const t = text.toLowerCase();
  if (YES.has(t)) return { ok: true, value: true };
  if (NO.has(t)) return { ok: true, value: false };
  return {
    ok: false,
    code: 'bad_boolean',
    message: `“${text}” is not yes or no: write yes, no, true or false.`,
  };
};

const MAX_PENCE = 2_147_483_647;

/** Pounds as a spreadsheet shows them (1250, 1,250.50, £1,250.50), stored as whole pence. */
export const poundsCell: CellParser = (text) => {
  const m = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) {
    return {
      ok: false,
      code: 'bad_number',
      message: `“${text}” is not an amount in pounds: write it like 1250 or 1,250.00.`,
    };
  }
  const pence = Number(m[1]!.replaceAll(',', '')) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
  if (pence > MAX_PENCE) {
    return {
      ok: false,
      code: 'bad_number',
      message: `“${text}” is more than the £21,474,836.47 an asset may be worth.`,
    };
  }
  return { ok: true, value: pence };
};

export const dateCell: CellParser = (text) => {
  const d = parseBritishDate(text);
  return d.ok
    ? { ok: true, value: d.iso, swappableDate: d.swappable }
    : { ok: false, code: d.code, message: d.message, usOrderDate: d.usOrder };
};
