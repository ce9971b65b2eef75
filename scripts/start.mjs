// `npm start` on a fresh clone: install the locked dependencies when they are missing or stale, then start
// the whole stack on embedded defaults. Plain Node with no dependencies, because it runs before install.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs;

if (stale) {
  // Electron's binary comes from the internet; where it cannot, the kiosk opens in the browser host instead.
  const env = { ...process.env };
  if (process.env.KITDESK_DOWNLOAD_ELECTRON !== '1') env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';
  console.log('Installing dependencies (npm ci) …');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error('npm ci failed: see the messages above. Kitdesk needs Node 20.19+ and the npm registry.');
    process.exit(r.status ?? 1);
  }
}

const tsx = process.platform === 'win32' ? 'node_modules/.bin/tsx.cmd' : 'node_modules/.bin/tsx';
const r = spawnSync(tsx, ['scripts/start-stack.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
