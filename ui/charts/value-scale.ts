/**
 * A value axis that fits the numbers drawn on it: counts get whole-number ticks and a top a little above the
 * tallest bar (never a 0 to 1 axis in tenths for one loan), shares in per cent reach 100 only when the data
 * does, not when the busiest type was out a tenth of the time. `suggestedMax` is a floor Chart.js raises to
 * fit a taller bar, so nothing is ever cut off.
 */
export type ValueKind = 'count' | 'percent';
export type ValueScale = { suggestedMax: number; precision: number };

/** The smallest of 1, 2, 5, 10, 20, 50 … that is at least `n`. */
function niceCeil(n: number): number {
  if (n <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 5, 10].find((m) => m * magnitude >= n)!;
  return step * magnitude;
}

export function valueScale(tallest: number, kind: ValueKind): ValueScale {
  switch (kind) {
    case 'count':
      return { suggestedMax: Math.max(5, niceCeil(tallest * 1.1)), precision: 0 };
    case 'percent':
      return { suggestedMax: Math.min(100, niceCeil(Math.max(tallest, 1) * 1.1)), precision: 0 };
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** The tallest bar: the largest value, or for stacked series the largest sum of one column. */
export function tallestBar(series: readonly (readonly number[])[], stacked: boolean): number {
  const columns = Math.max(0, ...series.map((s) => s.length));
  let tallest = 0;
  for (let i = 0; i < columns; i++) {
    const values = series.map((s) => s[i] ?? 0);
    tallest = Math.max(tallest, stacked ? values.reduce((a, b) => a + b, 0) : Math.max(...values));
  }
  return tallest;
}
