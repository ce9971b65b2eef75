import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { startPeriodicJob } from './periodic-job.js';

const silent = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a periodic job', () => {
  it('runs at once and again after each interval, one run at a time, through failures', async () => {
    let runs = 0;
    let concurrent = 0;
    let overlapped = false;
    const job = startPeriodicJob(
      'test',
      5,
      async () => {
        runs++;
        concurrent++;
        if (concurrent > 1) overlapped = true;
        await sleep(15);
        concurrent--;
        if (runs === 2) throw new Error('a bad run');
        return null;
      },
      silent,
    );
    await sleep(120);
    await job.stop();
    const after = runs;
    expect(after).toBeGreaterThanOrEqual(3);
    expect(overlapped).toBe(false);
    await sleep(40);
    expect(runs).toBe(after);
  });

  it('stop waits for the run in progress', async () => {
    let finished = false;
    const job = startPeriodicJob(
      'slow',
      1000,
      async () => {
        await sleep(30);
        finished = true;
        return null;
      },
      silent,
    );
    await sleep(5);
    await job.stop();
    expect(finished).toBe(true);
  });
});
