/** Shared shape and statistics for every benchmark in test/bench. */
export type Figure = {
  name: string;
  value: number;
  unit: string;
  /** The floor; null for context figures such as a baseline. */
  floor: number | null;
  better: 'higher' | 'lower';
};

export type Bench = { title: string; run: () => Promise<Figure[]> };

export function percentile(sortedAsc: readonly number[], p: number): number {
  if (sortedAsc.length === 0) throw new Error('percentile of no samples');
  const rank = Math.min(sortedAsc.length - 1, Math.max(0, Math.ceil((p / 100) * sortedAsc.length) - 1));
  return sortedAsc[rank]!;
}

export function summarise(samples: readonly number[]): { median: number; p95: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

export function meetsFloor(f: Figure): boolean | null {
  if (f.floor === null) return null;
  return f.better === 'higher' ? f.value >= f.floor : f.value <= f.floor;
}

export const round = (n: number, digits = 3): number => Number(n.toPrecision(digits));

/** A latency figure in milliseconds, where lower is better. */
export const msFigure = (name: string, value: number, floor: number | null): Figure => ({
  name,
  value: round(value),
  unit: 'ms',
  floor,
  better: 'lower',
});
