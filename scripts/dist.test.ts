import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = resolve('scripts/dist.mjs');
const stackTraceLine = /^\s+at .+:\d+:\d+\)?$/m;

/** A project folder with just the files named, so each run of `npm run dist` meets one situation. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kitdesk-dist-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const electronInstalled = {
  'node_modules/electron/path.txt': 'electron',
  'node_modules/electron/dist/electron': '',
};
const built = {
  'dist/electron/main/index.js': '',
  'dist/electron/preload/kiosk-preload.cjs': '',
  'dist/electron/core/index.js': '',
  'renderer/dist/index.html': '',
};

/**
 * A stand-in for electron-builder's CLI that records its arguments, prints `stdout` and `stderr` and exits
 * with `code`. Like the real one, it logs progress and its own errors (with their stack traces) on stdout.
 */
function builder(code: number, output: { stdout?: string; stderr?: string } = {}): Record<string, string> {
  return {
    'node_modules/electron-builder/cli.js': `
      require('node:fs').writeFileSync('builder-args.json', JSON.stringify(process.argv.slice(2)));
      process.stdout.write(${JSON.stringify(output.stdout ?? '')});
      process.stderr.write(${JSON.stringify(output.stderr ?? '')});
      process.exitCode = ${code};
    `,
  };
}

function dist(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
}

describe('npm run dist', () => {
  it('explains, without a stack trace, that the Electron binary could not be downloaded', () => {
    const run = dist(project({}));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the Electron binary is not installed');
    expect(run.stderr).toContain('README.md, "Packaging"');
    expect(run.stderr).not.toMatch(stackTraceLine);
  });

  it('names what is not built yet instead of packaging a blank kiosk', () => {
    const root = project({ ...electronInstalled, ...builder(0), 'dist/electron/main/index.js': '' });
    const run = dist(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('dist/electron/preload/kiosk-preload.cjs');
    expect(run.stderr).toContain('renderer/dist/index.html');
    expect(run.stderr).not.toContain('dist/electron/main/index.js,');
    expect(run.stderr).toContain('npm run build');
    expect(existsSync(join(root, 'builder-args.json'))).toBe(false);
  });

  it('runs electron-builder with the project’s configuration and the extra arguments', () => {
    const root = project({ ...electronInstalled, ...built, ...builder(0) });
    const run = dist(root, '--linux', 'deb');
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'builder-args.json'), 'utf8'))).toEqual([
      '--config',
      'electron-builder.yml',
      '--linux',
      'deb',
    ]);
  });

  it('turns electron-builder’s offline download failure into a plain sentence and keeps the trace in a file', () => {
    // What electron-builder 26 prints when it cannot reach GitHub for the Electron zip.
    const stdout = [
      '  • electron-builder  version=26.17.0',
      '  • packaging       platform=linux arch=x64 electron=40.10.2 appOutDir=release/linux-unpacked',
      '  ⨯ getaddrinfo ENOTFOUND github.com  failedTask=build stackTrace=RequestError: getaddrinfo ENOTFOUND github.com',
      '    at ClientRequest.<anonymous> (/work/main/node_modules/got/dist/source/core/index.js:970:111)',
      '    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:122:26)',
      '',
    ].join('\n');
    const root = project({ ...electronInstalled, ...built, ...builder(1, { stdout }) });

    const run = dist(root, '--linux');

    expect(run.status).toBe(1);
    expect(run.stdout).toContain('• packaging');
    expect(run.stderr).toContain('could not download from github.com');
    expect(run.stderr).toContain('release/dist-error.log');
    expect(run.stdout + run.stderr).not.toMatch(stackTraceLine);
    expect(readFileSync(join(root, 'release/dist-error.log'), 'utf8')).toBe(stdout);
  });

  it('names the address when the failure gives one', () => {
    const url =
      'https://github.com/electron/electron/releases/download/v40.10.2/electron-v40.10.2-win32-x64.zip';
    const stderr = `Error: request to ${url} failed, reason: connect ETIMEDOUT 140.82.121.3:443\n    at fetch (node:internal/deps/undici:1:1)\n`;
    const run = dist(project({ ...electronInstalled, ...built, ...builder(1, { stderr }) }), '--win');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`could not download from ${url}`);
    expect(run.stdout + run.stderr).not.toMatch(stackTraceLine);
  });

  it('recognises an offline rebuild of native modules too', () => {
    // What @electron/rebuild (run by electron-builder) prints when node-gyp cannot fetch Electron's headers.
    const stdout = [
      '  • preparing       moduleName=@serialport/bindings-cpp arch=x64',
      '  ⨯ ',
      'Error: This is most likely not a problem with node-gyp or the package itself and',
      'is related to network connectivity. In most cases you are behind a proxy or have bad ',
      '    at go (/work/main/node_modules/node-gyp/lib/install.js:244:21)',
      '',
    ].join('\n');
    const run = dist(project({ ...electronInstalled, ...built, ...builder(1, { stdout }) }));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('• preparing');
    expect(run.stderr).toContain('could not download what it needs');
    expect(run.stdout + run.stderr).not.toMatch(stackTraceLine);
  });

  it('shows any other electron-builder failure as it is', () => {
    const root = project({
      ...electronInstalled,
      ...built,
      ...builder(2, { stderr: 'Error: Cannot find module node-hid\n' }),
    });
    const run = dist(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Cannot find module node-hid');
    expect(run.stderr).toContain('electron-builder failed');
  });
});
