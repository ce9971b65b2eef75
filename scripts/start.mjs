// `npm start` on a fresh clone: install the locked dependencies when they are missing or stale, then start
// the whole stack on embedded defaults. Plain Node with no dependencies, because it runs before install.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
// Native modules are built for one Node ABI: packages installed under another Node must be installed again.
const abiFile = 'node_modules/.kitdesk-node-abi';
const builtFor = existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : null;
const stale =
  !existsSync(installed) ||
  statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs ||
  builtFor !== process.versions.modules;

if (stale) {
  // Electron's binary comes from the internet; where it cannot, the kiosk opens in the browser host instead.
  const env = { ...process.env };
  if (process.env.KITDESK_DOWNLOAD_ELECTRON !== '1') env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';
  console.log('Installing dependencies (npm ci) …');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error('npm ci failed: see the messages above. Kitdesk needs the npm registry.');
    process.exit(r.status ?? 1);
  }
  writeFileSync(abiFile, `${process.versions.modules}\n`);
}

const tsx = process.platform === 'win32' ? 'node_modules/.bin/tsx.cmd' : 'node_modules/.bin/tsx';
const r = spawnSync(tsx, ['scripts/start-stack.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
