// `npm run dist`: package the kiosk with electron-builder, or say plainly why it cannot be done here.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

function fail(message) {
  console.error(`\nnpm run dist: ${message}\n`);
  process.exit(1);
}

const distFolder = 'node_modules/electron/dist';
const pathFile = 'node_modules/electron/path.txt';
if (!existsSync(pathFile) || !existsSync(`${distFolder}/${readFileSync(pathFile, 'utf8')}`)) {
  fail(
    'the Electron binary is not installed (it downloads from the internet, and this machine could not reach it).\n' +
      'On a machine with internet access run: npm ci && npm run dist (without ELECTRON_SKIP_BINARY_DOWNLOAD)\n' +
      'See README.md, "Packaging".',
  );
}

const builder =
  process.platform === 'win32'
    ? 'node_modules/.bin/electron-builder.cmd'
    : 'node_modules/.bin/electron-builder';
const r = spawnSync(builder, ['--config', 'electron-builder.yml', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (r.status !== 0) fail('electron-builder failed: see its messages above.');
