/**
 * A 50 MB people file of bad rows, streamed over HTTP to the central API in a process of its own, whose
 * peak resident set is read from /proc: what the API holds, not this test's buffers or its GC timing.
 * PGlite only: the memory bound is the API's streaming check of the file, and a dry run of rows that all
 * fail asks the database nothing per row, so PostgreSQL would measure the same code. How fast it goes is
 * in the import bench (test/bench/central-api-import.bench.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTED_PROBLEMS } from '../../central-api/imports/import-columns.js';
import {
  BAD_PEOPLE_HEADER,
  badPersonRow,
  generatedCsv,
  measuredPeopleDryRun,
  startImportApi,
  type ImportApi,
} from '../support/import-api.js';

const FILE_BYTES = 50 * 1024 * 1024;

describe('a 50 MB import of bad rows', () => {
  let api: ImportApi;
  beforeAll(async () => {
    api = await startImportApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('answers with the first 1,000 problems and the count of all, in bounded memory', async (ctx) => {
    const csv = generatedCsv(BAD_PEOPLE_HEADER, badPersonRow, { bytes: FILE_BYTES });
    const res = await measuredPeopleDryRun(api, csv);
    const { made } = csv;

    expect(res.status, res.text.slice(0, 300)).toBe(200);
    const report = res.report!;
    expect(report.rows).toBe(made.rows);
    expect(made.bytes).toBeGreaterThanOrEqual(FILE_BYTES);
    expect(report.problems).toHaveLength(LISTED_PROBLEMS);
    expect(report.problemCount).toBe(3 * made.rows);
    expect(report.problems.slice(0, 3).map((p) => [p.line, p.field])).toEqual([
      [2, 'Staff'],
      [2, 'Left at'],
      [2, 'Email'],
    ]);
    expect(report.problems.at(-1)!.line).toBeLessThanOrEqual(2 + LISTED_PROBLEMS / 3);
    const { growthMb } = res;
    if (growthMb === null) {
      ctx.skip('peak resident set not measured: it is read from Linux /proc/<pid>/status and clear_refs');
      return;
    }
    expect(growthMb, `the API's peak resident set grew ${growthMb.toFixed(0)} MB`).toBeLessThan(200);
  }, 120_000);
});
