/**
 * What `npm start` runs once dependencies are installed: the whole of Kitdesk on one machine with no set-up.
 * The central API on embedded PGlite with the demo school, a kiosk enrolled with it, simulated card reader
 * and item scanner, and the kiosk screens in the browser host. Data lives in KITDESK_DATA_DIR (./.data).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { request } from 'undici';
import { createAdmin } from '../central-api/auth/first-admin.js';
import { openDatabase } from '../central-api/db/database.js';
import { ADMIN_CONSOLE_PATH, DEFAULT_ADMIN_CONSOLE_DIR } from '../central-api/http/admin-console.routes.js';
import { seedDemoSchool } from '../central-api/demo/seed-demo.js';
import { startServer } from '../central-api/server.js';
import { readSettings } from '../central-api/settings.js';
import { openKioskCore } from '../electron/core/index.js';
import { startBrowserHost } from '../electron/host/browser-host.js';
import { startHardwareService } from '../hardware/service/supervisor.js';

const dataRoot = resolve(process.env.KITDESK_DATA_DIR ?? '.data');
const apiPort = Number(process.env.KITDESK_API_PORT ?? 8080);
const kioskPort = Number(process.env.KITDESK_KIOSK_PORT ?? 5174);
const rendererDir = resolve('renderer/dist');
const adminConsoleDir = resolve(DEFAULT_ADMIN_CONSOLE_DIR);
const admin = { email: 'admin@kitdesk.local', name: 'Demo admin' };

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.body.text();
  if (res.statusCode >= 300) throw new Error(`${url} answered ${res.statusCode}: ${text}`);
  return JSON.parse(text) as T;
}

/** Builds one of the UIs with vite the first time Kitdesk starts, so `npm start` needs no build step. */
function buildOnce(what: string, distDir: string, config: string): void {
  if (existsSync(join(distDir, 'index.html'))) return;
  console.log(`Building the ${what} (first start only) …`);
  const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', config], {
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error(`The ${what} could not be built: see the messages above.`);
}

buildOnce('kiosk screens', rendererDir, 'renderer/vite.config.ts');
buildOnce('admin console', adminConsoleDir, 'admin/vite.config.ts');

const database = await openDatabase({ dataDir: join(dataRoot, 'central') });
const demo = await seedDemoSchool(database.db);
// A demo admin with a fresh random password every start: never a password written in the code.
const password = randomBytes(12).toString('base64url');
await createAdmin(database.db, { ...admin, password });
// Reminders (with SMTP_* set) and retention (with RETENTION_MONTHS set) run here as on a real server.
const api = await startServer({
  db: database,
  settings: readSettings(process.env).app,
  port: apiPort,
  runJobs: true,
  adminConsoleDir,
});

const core = await openKioskCore({
  dataDir: join(dataRoot, 'kiosk'),
  openHardware: (config, onEvent) => startHardwareService({ config, onEvent }),
  version: process.env.npm_package_version ?? '0.0.0',
});
const info = await core.handlers['station.info']({});
if (info.firstRun) {
  const { accessToken } = await post<{ accessToken: string }>(`${api.url}/auth/login`, {
    email: admin.email,
    password,
  });
  const { enrolmentCode } = await post<{ enrolmentCode: string }>(
    `${api.url}/kiosks`,
    { name: 'Demo kiosk' },
    accessToken,
  );
  await core.handlers['station.enrol']({ apiUrl: api.url, code: enrolmentCode });
}
const host = await startBrowserHost({ core, rendererDir, port: kioskPort });

console.log(`
Kitdesk is running.
  Kiosk screens:  ${host.url}
  Central API:    ${api.url}   (docs at ${api.url}/docs)
  Admin console:  ${api.url}${ADMIN_CONSOLE_PATH}/
  Admin sign-in:  ${admin.email} / ${password}   (a new password each start)
  Demo school:    ${demo === 'skipped' ? 'already loaded' : `${demo.people} people, ${demo.assets} assets, ${demo.kits} kits`}
  Data folder:    ${dataRoot}
The Electron app is not started here (its binary is not installed): open the kiosk address in a browser.
In the kiosk, "Demo: tap a card or scan a label" at the foot of the screen drives the simulated devices
(README.md, "Try the demo", names cards and labels to try). Stop with Ctrl+C.
`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await host.close();
  await core.close();
  await api.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
