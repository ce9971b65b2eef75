/** Waits after failures in a row: 1 s, 2 s, 5 s, 10 s, then every 30 s. */
const BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** How long to wait before trying again after this many failures in a row (1 or more). */
export function backoffMs(failures: number): number {
  return BACKOFF_MS[Math.min(Math.max(failures, 1), BACKOFF_MS.length) - 1]!;
}
