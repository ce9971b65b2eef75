/**
 * Bulk import of 100,000 assets from a spreadsheet-style CSV, posted over a real socket to the central API
 * and committed: parsing, checking every row, matching natural keys, inserting, one audit entry per
 * asset, and the commit-time triggers (credentials, change numbers, the audit chain). Issue 4's floor:
 * under a minute. Measured on PostgreSQL (TEST_DATABASE_URL, or scripts/pg-throwaway.sh's cluster) and
 * on the embedded PGlite; the re-import of the same file, which changes nothing, is shown beside it.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ImportReport } from '../../domain/api/imports.js';
import { newId } from '../../domain/ids.js';
import { openDatabase, type Database } from '../../central-api/db/database.js';
import { assetType, location } from '../../central-api/db/schema/index.js';
import { startServer } from '../../central-api/server.js';
import { signedInCast } from '../../central-api/testing/test-people.js';
import { testSettings } from '../../central-api/testing/test-settings.js';
import { round, type Bench, type Figure } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const ASSETS = 100_000;
const TYPES = ['Camera', 'Tripod', 'Microphone', 'Lighting', 'Laptop'];
const PLACES = ['AV shed 1', 'AV shed 2', 'Drama studio', 'Library'];

function postgresUrl(): string {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  return execFileSync(join(here, '../../scripts/pg-throwaway.sh'), ['start'], { encoding: 'utf8' }).trim();
}

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

async function onPostgres(csv: string) {
  const adminUrl = postgresUrl();
  const name = `kitdesk_bench_import_${randomBytes(4).toString('hex')}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(q).finally(() => c.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.href });
  try {
    return await timeImports(database, csv);
  } finally {
    await database.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function onPglite(csv: string) {
  const database = await openDatabase();
  try {
    return await timeImports(database, csv);
  } finally {
    await database.close();
  }
}

const figure = (name: string, seconds: number, floor: number | null): Figure => ({
  name,
  value: round(seconds),
  unit: 's',
  floor,
  better: 'lower',
});

const bench: Bench = {
  title: `central API: import ${ASSETS.toLocaleString('en-GB')} assets from CSV (PostgreSQL, then PGlite)`,
  async run() {
    const csv = spreadsheet();
    const postgres = await onPostgres(csv);
    const pglite = await onPglite(csv);
    return [
      figure('api.import_100k_assets_seconds', postgres.first, 60),
      figure('api.reimport_100k_assets_unchanged_seconds', postgres.again, null),
      figure('api.import_100k_assets_pglite_seconds', pglite.first, 60),
      figure('api.reimport_100k_assets_unchanged_pglite_seconds', pglite.again, null),
    ];
  },
};
export default bench;
