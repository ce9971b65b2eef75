// `npm run dist`: package the kiosk with electron-builder, or say plainly why it cannot be done here.
// Extra arguments go to electron-builder, e.g. `npm run dist -- --linux deb` or `npm run dist -- --win`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

function fail(message) {
  console.error(`\nnpm run dist: ${message}\n`);
  process.exit(1);
}

const offlineAdvice =
  'On a machine with internet access run: npm ci && npm run build && npm run dist (without ELECTRON_SKIP_BINARY_DOWNLOAD)\n' +
  'See README.md, "Packaging".';

const distFolder = 'node_modules/electron/dist';
const pathFile = 'node_modules/electron/path.txt';
if (!existsSync(pathFile) || !existsSync(`${distFolder}/${readFileSync(pathFile, 'utf8')}`)) {
  fail(
    'the Electron binary is not installed (it downloads from the internet, and this machine could not reach it).\n' +
      offlineAdvice,
  );
}

// What the package is made of (see electron-builder.yml, "files"); without them it would open a blank screen.
const builtFiles = [
  'dist/electron/main/index.js',
  'dist/electron/preload/kiosk-preload.cjs',
  'dist/electron/core/index.js',
  'renderer/dist/index.html',
];
const missing = builtFiles.filter((file) => !existsSync(file));
if (missing.length > 0) {
  fail(`these are not built yet: ${missing.join(', ')}.\nRun npm run build, then npm run dist again.`);
}

// electron-builder's CLI run by this Node: spawning a .cmd shim on Windows needs a shell since Node 20.12.
const builder = spawn(
  process.execPath,
  ['node_modules/electron-builder/cli.js', '--config', 'electron-builder.yml', ...process.argv.slice(2)],
  { stdio: ['inherit', 'pipe', 'pipe'] },
);

// Progress is shown as it comes. From electron-builder's first error line ("⨯", on stdout, followed by a
// stack trace) and on stderr (where an uncaught error's trace goes), output is held back until the outcome
// says how to show it.
let output = '';
let held = '';
let failing = false;
let partialLine = '';
const showOrHold = (line) => {
  if (line.includes('⨯')) failing = true;
  if (failing) held += line;
  else process.stdout.write(line);
};
builder.stdout.on('data', (chunk) => {
  const text = chunk.toString();
  output += text;
  const lines = (partialLine + text).split(/(?<=\n)/);
  partialLine = lines.at(-1).endsWith('\n') ? '' : lines.pop();
  lines.forEach(showOrHold);
});
builder.stdout.on('end', () => showOrHold(partialLine));
builder.stderr.on('data', (chunk) => {
  output += chunk.toString();
  held += chunk.toString();
});
const [code, startError] = await new Promise((settle) => {
  builder.on('error', (err) => settle([null, err]));
  builder.on('close', (status) => settle([status, null]));
});

if (startError) fail(`electron-builder could not be started: ${startError.message}. Run npm ci first.`);
if (code === 0) {
  process.stdout.write(held);
  process.exit(0);
}

// electron-builder downloads the Electron build of each target platform and its own tools (fpm, NSIS);
// offline, that ends in a network stack trace. Say what happened instead, and keep the trace in a file.
const offline =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|network is unreachable|network connectivity|dial tcp/i;
if (offline.test(output)) {
  mkdirSync('release', { recursive: true });
  writeFileSync('release/dist-error.log', output);
  const from = output.match(/https?:\/\/[^\s"'<>]+/)?.[0] ?? output.match(/ENOTFOUND (\S+)/)?.[1];
  fail(
    `electron-builder could not download ${from ? `from ${from}` : 'what it needs'} (no internet access from this machine).\n` +
      'Packaging downloads the Electron build of each target platform and the packaging tools (fpm, NSIS).\n' +
      `${offlineAdvice}\nelectron-builder's full output is in release/dist-error.log.`,
  );
}
process.stderr.write(held);
fail('electron-builder failed: see its messages above.');
