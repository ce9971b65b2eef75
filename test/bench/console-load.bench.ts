/**
 * Issue 13: the admin console's first load in Chromium, from the address to an asset list a technician can
 * use, with 100,000 assets and 20,000 people behind it (the API on PGlite). Signed in once; each load is a
 * fresh page of that browser (the session renewed from its refresh cookie), the first with an empty cache.
 * Beside it, the JavaScript the first screen fetched, gzipped as the API could send it. Floors: 1.5 s to
 * an interactive list (goal 0.5 s); goal at most 250 KB of gzipped JavaScript.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from '@playwright/test';
import { ADMIN, startCentral } from '../integration/support/central.js';
import { buildAdminConsoleToTemp } from '../e2e/support/build-admin-console.js';
import { msFigure, round, summarise, type Bench } from './harness.js';
import { seedTrustCatalogue } from './support/trust-catalogue.js';

const LOADS = 10;

/** One load of the asset list: milliseconds to its first row, and the gzipped bytes of script it fetched. */
async function timedLoad(context: BrowserContext, url: string): Promise<{ ms: number; scriptBytes: number }> {
  const page = await context.newPage();
  const scripts: Promise<number>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') scripts.push(res.body().then((b) => gzipSync(b).length));
  });
  const started = performance.now();
  await page.goto(`${url}/admin/assets`);
  await page.getByRole('row').nth(1).waitFor();
  const ms = performance.now() - started;
  const scriptBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  await page.close();
  return { ms, scriptBytes };
}

const bench: Bench = {
  title: 'admin console: first load to an interactive asset list of 100,000 assets (Chromium, PGlite)',
  async run() {
    const built = await buildAdminConsoleToTemp();
    const central = await startCentral('pglite', { adminConsoleDir: built.dir });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
    try {
      await seedTrustCatalogue(central.database);
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
      const signIn = await context.newPage();
      await signIn.goto(`${central.url}/admin/`);
      await signIn.getByLabel('Email').fill(ADMIN.email);
      await signIn.getByLabel('Password').fill(ADMIN.password);
      await signIn.getByRole('button', { name: 'Sign in' }).click();
      await signIn.getByRole('heading', { name: 'Assets', level: 1 }).waitFor();
      await signIn.close();
      const cold = await (async () => {
        const fresh = await browser.newContext({
          viewport: { width: 1366, height: 768 },
          locale: 'en-GB',
          storageState: await context.storageState(),
        });
        try {
          return await timedLoad(fresh, central.url);
        } finally {
          await fresh.close();
        }
      })();
      const warm: number[] = [];
      for (let i = 0; i < LOADS; i++) warm.push((await timedLoad(context, central.url)).ms);
      const w = summarise(warm);
      return [
        msFigure('console.first_load_cold_ms', cold.ms, 1500),
        msFigure('console.load_warm_median_ms', w.median, null),
        msFigure('console.load_warm_p95_ms', w.p95, 1500),
        {
          name: 'console.first_route_js_gzip_kb',
          value: round(cold.scriptBytes / 1024),
          unit: 'KB',
          floor: 250,
          better: 'lower',
        },
      ];
    } finally {
      await browser.close();
      await central.close();
      built.remove();
    }
  },
};
export default bench;
