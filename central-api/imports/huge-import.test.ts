import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportReport } from '../../domain/api/imports.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { signedInCast } from '../testing/test-people.js';
import { LISTED_PROBLEMS } from './import-columns.js';

const FILE_BYTES = 50 * 1024 * 1024;

/** A people file of `bytes` whose every row is wrong three ways: its email, its yes/no and its date. */
function badRows(bytes: number): { file: Buffer; rows: number } {
  const lines = ['Name,Email,Staff,Left at'];
  let size = lines[0]!.length + 1;
  for (let i = 0; size < bytes; i++) {
    const line = `Pupil ${i},pupil ${i} at school,maybe,31/02/2024`;
    lines.push(line);
    size += line.length + 1;
  }
  return { file: Buffer.from(`${lines.join('\n')}\n`), rows: lines.length - 1 };
}

describe.each(databaseKinds)('a 50 MB import of bad rows, on %s', (kind) => {
  let t: TestApp;
  let auth: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp(kind, { settings: { importMaxBytes: 64 * 1024 * 1024 } });
    auth = (await signedInCast(t.app, t.database.db)).admin.auth;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers with the first 1,000 problems and the count of all, in bounded memory', async () => {
    const { file, rows } = badRows(FILE_BYTES);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const res = await t.app.inject({
      method: 'POST',
      url: '/imports/people',
      headers: { ...auth, 'content-type': 'text/csv' },
      payload: file,
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const growthMb = (peak - before) / 1024 / 1024;
    console.log(
      `50 MB of bad rows on ${kind}: ${rows} rows, ${seconds.toFixed(1)} s, answer ${(res.rawPayload.length / 1024).toFixed(0)} kB, RSS growth ${growthMb.toFixed(0)} MB`,
    );
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const report = ImportReport.parse(res.json());
    expect(report.rows).toBe(rows);
    expect(report.problems).toHaveLength(LISTED_PROBLEMS);
    expect(report.problemCount).toBe(3 * rows);
    expect(report.problems.slice(0, 3).map((p) => [p.line, p.field])).toEqual([
      [2, 'Staff'],
      [2, 'Left at'],
      [2, 'Email'],
    ]);
    expect(report.problems.at(-1)!.line).toBeLessThanOrEqual(2 + LISTED_PROBLEMS / 3);
    expect(growthMb).toBeLessThan(200);
    // A guard against the minute it once took, not a measurement: the figure is in the import bench.
    expect(seconds).toBeLessThan(10);
  }, 60_000);
});
