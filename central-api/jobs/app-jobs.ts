import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../app-context.js';
import { runRetention } from '../privacy/retention.service.js';
import { runReminders } from '../reminders/reminders.service.js';
import { startPeriodicJob, type PeriodicJob } from './periodic-job.js';

const HOUR_MS = 3_600_000;

/** The API's background jobs, started by `buildApp` when asked (the server does; tests call the jobs). */
export function startAppJobs(ctx: AppContext, log: FastifyBaseLogger): PeriodicJob {
  const jobs: PeriodicJob[] = [];
  if (ctx.retentionMonths !== null) {
    // Erasure by retention is by the day; an hourly look finds a pupil soon after they fall due.
    jobs.push(
      startPeriodicJob(
        'retention',
        HOUR_MS,
        async () => {
          const run = await runRetention(ctx);
          return run.erased.length + run.keptWithOpenLoans.length > 0 ? run : null;
        },
        log,
      ),
    );
  }
  if (ctx.mailer !== null) {
    jobs.push(
      startPeriodicJob(
        'reminders',
        ctx.reminders.intervalMinutes * 60_000,
        async () => {
          const run = await runReminders(ctx, log);
          return run.failed + Object.values(run.sent).reduce((a, b) => a + b, 0) > 0 ? run : null;
        },
        log,
      ),
    );
  }
  return { stop: async () => void (await Promise.all(jobs.map((j) => j.stop()))) };
}
