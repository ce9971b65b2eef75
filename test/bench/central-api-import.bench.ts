/**
 * Bulk import of 100,000 assets from a spreadsheet-style CSV, posted over a real socket to the central API
 * and committed: parsing, checking every row, matching natural keys, inserting, one audit entry per
 * asset, and the commit-time triggers (credentials, change numbers, the audit chain). Issue 4's floor:
 * under a minute. Measured on PostgreSQL (TEST_DATABASE_URL, or scripts/pg-throwaway.sh's cluster) and
 * on the embedded PGlite; the re-import of the same file, which changes nothing, is shown beside it.
 * Then dry runs (checked, not committed) against the API on PGlite in a process of its own, the file
 * streamed as it is made: 100,000 valid people, and issue 17's 50 MB of bad rows, whose time and growth
 * of the API's peak resident set have floors.
 */
import { ImportReport } from '../../domain/api/imports.js';
import { newId } from '../../domain/ids.js';
import type { Database } from '../../central-api/db/database.js';
import { assetType, location } from '../../central-api/db/schema/index.js';
import { startServer } from '../../central-api/server.js';
import { signedInCast } from '../../central-api/testing/test-people.js';
import { testSettings } from '../../central-api/testing/test-settings.js';
import {
  BAD_PEOPLE_HEADER,
  badPersonRow,
  generatedCsv,
  measuredPeopleDryRun,
  startImportApi,
  type ImportApi,
} from '../support/import-api.js';
import { round, type Bench, type Figure } from './harness.js';
import { withBenchDatabase } from './support/central-bench.js';

const ASSETS = 100_000;
const TYPES = ['Camera', 'Tripod', 'Microphone', 'Lighting', 'Laptop'];
const PLACES = ['AV shed 1', 'AV shed 2', 'Drama studio', 'Library'];

/** A spreadsheet of assets as a school might keep one: en-GB dates, pounds with commas, names for places. */
function spreadsheet(): string {
  const lines = [
    'Name,Barcode,RFID,Serial number,Manufacturer,Model,Asset type,Location,Home location,Purchase date,Estimated value,Cannot lend',
  ];
  for (let i = 0; i < ASSETS; i++) {
    const type = TYPES[i % TYPES.length]!;
    const place = PLACES[i % PLACES.length]!;
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      `${type} ${i},KD-${i},E200-${i},SN-${i},Canon,Model ${i % 40},${type},${place},${place},${day}/0${(i % 9) + 1}/2023,"1,${String(i % 1000).padStart(3, '0')}.50",no`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Seconds to import `csv` once (every row new) and once more (every row unchanged). */
async function timeImports(database: Database, csv: string): Promise<{ first: number; again: number }> {
  await database.db.insert(assetType).values(TYPES.map((name) => ({ id: newId(), name })));
  await database.db.insert(location).values(PLACES.map((name) => ({ id: newId(), name })));
  const server = await startServer({
    db: database,
    settings: testSettings({ importMaxBytes: 64 * 1024 * 1024 }),
  });
  try {
    const { staff } = await signedInCast(server.app, database.db);
    const post = async () => {
      const started = performance.now();
      const res = await fetch(`${server.url}/imports/assets?commit=true`, {
        method: 'POST',
        headers: { ...staff.auth, 'content-type': 'text/csv' },
        body: csv,
      });
      const seconds = (performance.now() - started) / 1000;
      if (res.status !== 200) throw new Error(`the import failed: ${res.status} ${await res.text()}`);
      return { seconds, report: ImportReport.parse(await res.json()) };
    };
    const first = await post();
    if (first.report.created !== ASSETS) throw new Error(`the import created ${first.report.created} assets`);
    const again = await post();
    if (again.report.unchanged !== ASSETS)
      throw new Error(`the re-import left ${again.report.unchanged} unchanged`);
    return { first: first.seconds, again: again.seconds };
  } finally {
    await server.close();
  }
}

const figure = (name: string, seconds: number, floor: number | null, unit = 's'): Figure => ({
  name,
  value: round(seconds),
  unit,
  floor,
  better: 'lower',
});

const VALID_PEOPLE = 100_000;
const BAD_FILE_BYTES = 50 * 1024 * 1024;

async function dryRun(api: ImportApi, csv: ReturnType<typeof generatedCsv>) {
  const run = await measuredPeopleDryRun(api, csv);
  if (!run.report || run.report.rows !== csv.made.rows)
    throw new Error(`the dry run answered ${run.status}: ${run.text.slice(0, 300)}`);
  return { ...run, problemCount: run.report.problemCount };
}

async function dryRuns(): Promise<Figure[]> {
  const api = await startImportApi();
  try {
    // The bad rows first, to a fresh API: its resident set grows from what a started API holds.
    const badRows = generatedCsv(BAD_PEOPLE_HEADER, badPersonRow, { bytes: BAD_FILE_BYTES });
    const bad = await dryRun(api, badRows);
    if (bad.problemCount !== 3 * badRows.made.rows)
      throw new Error(`${bad.problemCount} problems counted in ${badRows.made.rows} bad rows`);
    const validRow = (i: number) => `Pupil ${i},pupil.${i}@school.test,no,`;
    const valid = await dryRun(api, generatedCsv(BAD_PEOPLE_HEADER, validRow, { rows: VALID_PEOPLE }));
    if (valid.problemCount !== 0) throw new Error(`${valid.problemCount} problems in the valid people`);
    return [
      figure('api.import_dry_run_100k_people_pglite_seconds', valid.seconds, null),
      figure('api.import_dry_run_50mb_bad_rows_pglite_seconds', bad.seconds, 10),
      ...(bad.growthMb === null || bad.apiCpuSeconds === null
        ? []
        : [
            figure('api.import_dry_run_50mb_bad_rows_api_cpu_seconds', bad.apiCpuSeconds, null),
            figure('api.import_dry_run_50mb_bad_rows_rss_growth_mb', bad.growthMb, 200, 'MB'),
          ]),
    ];
  } finally {
    await api.close();
  }
}

const bench: Bench = {
  title: `central API: import ${ASSETS.toLocaleString('en-GB')} assets from CSV (PostgreSQL, then PGlite), then dry runs`,
  async run() {
    const csv = spreadsheet();
    const postgres = await withBenchDatabase('postgres', (database) => timeImports(database, csv));
    const pglite = await withBenchDatabase('pglite', (database) => timeImports(database, csv));
    return [
      figure('api.import_100k_assets_seconds', postgres.first, 60),
      figure('api.reimport_100k_assets_unchanged_seconds', postgres.again, null),
      figure('api.import_100k_assets_pglite_seconds', pglite.first, 60),
      figure('api.reimport_100k_assets_unchanged_pglite_seconds', pglite.again, null),
      ...(await dryRuns()),
    ];
  },
};
export default bench;
