import type { FastifyBaseLogger } from 'fastify';

export type PeriodicJob = { stop(): Promise<void> };

/**
 * Run `work` at once and then every `intervalMs` after the previous run ends, so runs never overlap in
 * this process. A failure is logged and the job runs again next time. Each API replica runs its own
 * jobs: the jobs themselves make sure that running them in several places at once does each thing once.
 */
export function startPeriodicJob(
  name: string,
  intervalMs: number,
  work: () => Promise<object | null>,
  log: FastifyBaseLogger,
): PeriodicJob {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    timer = null;
    running = work()
      .then((outcome) => {
        if (outcome) log.info({ job: name, outcome }, `${name} ran`);
      })
      .catch((err: unknown) =>
        log.error({ err, job: name }, `${name} failed; it runs again in ${intervalMs / 1000} s`),
      )
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
