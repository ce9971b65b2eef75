const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** Whole pence as pounds: 150000 → "£1,500.00". */
export function formatPence(pence: number): string {
  return pounds.format(pence / 100);
}
