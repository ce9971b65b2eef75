/**
 * Issue 13's asset search at a trust's size: 100,000 assets and 20,000 people, searched through
 * `GET /assets?q=` over a real socket as a technician at the console would, by name, serial number,
 * model, a fragment of a name, an exact barcode or RFID value, and a word that finds nothing. On
 * PostgreSQL and on the embedded PGlite. Floor: p95 under 50 ms (goal 10 ms).
 */
import { request } from 'undici';
import { AssetsPage } from '../../domain/api/assets.js';
import type { Database } from '../../central-api/db/database.js';
import { startServer } from '../../central-api/server.js';
import { signedInCast } from '../../central-api/testing/test-people.js';
import { testSettings } from '../../central-api/testing/test-settings.js';
import { msFigure, summarise, type Bench, type Figure } from './harness.js';
import { withBenchDatabase } from './support/central-bench.js';
import { ASSETS, PEOPLE, seedTrustCatalogue, TYPES } from './support/trust-catalogue.js';

const SEARCHES = 300;
/** Searches first made and not counted: the server's first requests compile its code paths. */
const WARM_UP = 30;
/** What a technician types: the n-th search of the run, spread over every kind the box finds by. */
function searchFor(n: number): string {
  const i = Math.abs(n * 7_331) % ASSETS;
  switch (Math.abs(n) % 6) {
    case 0:
      return `${TYPES[i % TYPES.length]!} ${i}`;
    case 1:
      return `SN-${i * 7919}`;
    case 2:
      return `Model ${i % 400}`;
    case 3:
      return `KD-${i}`;
    case 4:
      return `E200${String(i).padStart(8, '0')}`;
    default:
      return Math.abs(n) % 12 === 5 ? 'nothing like this' : `pod ${i}`;
  }
}

async function searchLatencies(database: Database): Promise<number[]> {
  await seedTrustCatalogue(database);
  const server = await startServer({ db: database, settings: testSettings() });
  try {
    const { staff } = await signedInCast(server.app, database.db);
    const samples: number[] = [];
    for (let n = -WARM_UP; n < SEARCHES; n++) {
      const q = searchFor(n);
      const started = performance.now();
      const res = await request(`${server.url}/assets?q=${encodeURIComponent(q)}`, { headers: staff.auth });
      const body = await res.body.json();
      if (n >= 0) samples.push(performance.now() - started);
      if (res.statusCode !== 200) throw new Error(`the search for “${q}” answered ${res.statusCode}`);
      const page = AssetsPage.parse(body);
      if (Math.abs(n) % 6 === 3 && page.items[0]?.barcode !== q)
        throw new Error(`“${q}” did not find its asset`);
    }
    return samples;
  } finally {
    await server.close();
  }
}

const figures = (db: string, samples: number[]): Figure[] => {
  const s = summarise(samples);
  return [
    msFigure(`api.asset_search_median_${db}`, s.median, null),
    msFigure(`api.asset_search_p95_${db}`, s.p95, 50),
  ];
};

const bench: Bench = {
  title: `central API: asset search among ${ASSETS.toLocaleString('en-GB')} assets and ${PEOPLE.toLocaleString('en-GB')} people (PostgreSQL, then PGlite)`,
  async run() {
    return [
      ...figures('postgres', await withBenchDatabase('postgres', searchLatencies)),
      ...figures('pglite', await withBenchDatabase('pglite', searchLatencies)),
    ];
  },
};
export default bench;
