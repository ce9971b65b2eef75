const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** Whole pence as pounds: 150000 → "£1,500.00". */
export function formatPence(pence: number): string {
  return pounds.format(pence / 100);
}

/** Whole pence as the text of a pounds field: 65050 → "650.50", null → "". */
export function penceToPoundsText(pence: number | null): string {
  return pence === null ? '' : (pence / 100).toFixed(2);
}

/**
 * What a person typed into a pounds field, as whole pence: "650.5" → 65050, "£1,500" → 150000, "" → null.
 * Undefined when it is not an amount of money, so the form can say so instead of guessing.
 */
export function poundsTextToPence(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const cleaned = text.trim().replace(/^£/, '').replace(/,/g, '').trim();
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return undefined;
  // Whole pounds and pence are added as integers: 0.29 * 100 in floating point is 28.999….
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
