export const GS = '\x1d';

export type Gs1Element = { ai: string; value: string };

export type Gs1Parse = { ok: true; elements: Gs1Element[] } | { ok: false; problem: string };

/**
 * Data lengths of the AIs with a predefined length, which need no GS after them (GS1 General
 * Specifications, "element strings with predefined length", keyed by the AI's first two digits).
 */
const PREDEFINED_DATA_LENGTH: Record<string, number> = {
  '00': 18,
  '01': 14,
  '02': 14,
  '03': 14,
  '04': 16,
  '11': 6,
  '12': 6,
  '13': 6,
  '14': 6,
  '15': 6,
  '16': 6,
  '17': 6,
  '18': 6,
  '19': 6,
  '20': 2,
  '31': 6,
  '32': 6,
  '33': 6,
  '34': 6,
  '35': 6,
  '36': 6,
  '41': 13,
};

/** How many digits the AI itself has, from its first two (GS1 General Specifications AI table). */
function aiLength(prefix: string): number | null {
  const n = Number(prefix);
  if (n <= 22 || n === 30 || n === 37 || n >= 90) return 2;
  if ((n >= 23 && n <= 25) || (n >= 40 && n <= 42) || n === 71) return 3;
  if ((n >= 31 && n <= 36) || n === 39 || n === 43 || n === 70 || (n >= 72 && n <= 82)) return 4;
  return null;
}

const MAX_VARIABLE_DATA = 90;

/**
 * Splits a GS1 element string (the data of `]C1`, `]d2`, `]Q3`, …) into AIs and values. Predefined-length
 * AIs end by their length, the others at GS or the end (hardware.md §5; biip's default separator).
 */
export function parseGs1ElementString(data: string, separator = GS): Gs1Parse {
  const elements: Gs1Element[] = [];
  let at = 0;
  while (at < data.length) {
    if (data[at] === separator) {
      at++;
      continue;
    }
    const prefix = data.slice(at, at + 2);
    const length = /^\d\d$/.test(prefix) ? aiLength(prefix) : null;
    if (length === null) return { ok: false, problem: `no GS1 application identifier at position ${at}` };
    const ai = data.slice(at, at + length);
    if (!/^\d+$/.test(ai) || ai.length < length) return { ok: false, problem: `AI ${ai} is cut short` };
    at += length;
    const fixed = PREDEFINED_DATA_LENGTH[prefix];
    let value: string;
    if (fixed !== undefined) {
      value = data.slice(at, at + fixed);
      if (value.length < fixed || value.includes(separator)) {
        return { ok: false, problem: `AI (${ai}) needs ${fixed} characters` };
      }
      at += fixed;
    } else {
      const end = data.indexOf(separator, at);
      value = data.slice(at, end < 0 ? data.length : end);
      if (value.length === 0 || value.length > MAX_VARIABLE_DATA) {
        return { ok: false, problem: `AI (${ai}) has no value or one too long` };
      }
      at += value.length;
    }
    elements.push({ ai, value });
  }
  if (elements.length === 0) return { ok: false, problem: 'no GS1 element in the data' };
  return { ok: true, elements };
}

/** The human-readable form `(01)09501101530003(21)ABC`, as printed under GS1 barcodes. */
export function gs1HumanReadable(elements: readonly Gs1Element[]): string {
  return elements.map((e) => `(${e.ai})${e.value}`).join('');
}
