import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PRELOAD_BUNDLE, RENDERER_DIR } from '../electron/main/app-paths.js';

type FileSet = { from: string; to: string };
type BuilderConfig = {
  files: (string | FileSet)[];
  asarUnpack: string[];
  linux: { target: string[]; executableName: string };
  deb: { afterInstall: string; afterRemove: string; fpm: string[] };
  win: { target: string[] };
  nsis: { perMachine: boolean };
};

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
const require = createRequire(import.meta.url);

/** Every package the kiosk ships (production dependencies, transitively) that carries native code. */
function nativeProductionPackages(): string[] {
  const ls = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { encoding: 'utf8' });
  return ls.stdout
    .split('\n')
    .filter((dir) => dir !== '' && existsSync(`${dir}/binding.gyp`))
    .map((dir) => relative(process.cwd(), dir).split('\\').join('/'));
}

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder itself accepts', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, debug: { add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(config, { add: () => undefined })).resolves.toBeUndefined();
  });

  it('builds an AppImage and a deb for Linux and an NSIS installer for Windows', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis.perMachine).toBe(true);
  });

  it('unpacks every native module the kiosk ships from the asar archive', () => {
    const native = nativeProductionPackages();
    expect(native).toEqual(
      expect.arrayContaining([
        'node_modules/better-sqlite3',
        'node_modules/node-hid',
        'node_modules/@serialport/bindings-cpp',
      ]),
    );
    for (const dir of native) expect(config.asarUnpack, dir).toContain(`${dir}/**`);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('ships the compiled main process, the preload bundle, the renderer and the core’s migrations', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['package.json', 'dist/electron/**', `${RENDERER_DIR}/**`]),
    );
    expect(packageJson.main.startsWith('dist/electron/')).toBe(true);
    expect(PRELOAD_BUNDLE.startsWith('dist/electron/')).toBe(true);
    const migrations = config.files.find((f): f is FileSet => typeof f === 'object');
    expect(migrations).toEqual({
      from: 'electron/core/store/migrations',
      to: 'dist/electron/core/store/migrations',
    });
    expect(existsSync(`${migrations!.from}/meta/_journal.json`)).toBe(true);
  });

  it('installs the udev rules and the systemd user unit with the deb, from files that exist', () => {
    const installs = Object.fromEntries(
      config.deb.fpm.filter((arg) => arg.includes('=')).map((arg) => arg.split('=') as [string, string]),
    );
    expect(Object.values(installs)).toEqual([
      '/usr/lib/udev/rules.d/60-kitdesk-readers.rules',
      '/usr/lib/systemd/user/kitdesk-kiosk.service',
    ]);
    for (const source of Object.keys(installs)) expect(existsSync(source), source).toBe(true);
    expect(readFileSync('hardware/udev/60-kitdesk-readers.rules', 'utf8')).toMatch(
      /KERNEL=="hidraw\*".*uaccess/,
    );
  });

  it('starts the installed executable from the systemd unit, restarting it only after a failure', () => {
    const unit = readFileSync('packaging/linux/kitdesk-kiosk.service', 'utf8');
    expect(unit).toContain(`ExecStart=/usr/bin/${config.linux.executableName}\n`);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^WantedBy=graphical-session\.target$/m);
  });

  it.each([
    ['afterInstall', 'after-install.tpl'],
    ['afterRemove', 'after-remove.tpl'],
  ] as const)('keeps electron-builder’s own %s steps, which a custom script replaces', (option, template) => {
    const stock = readFileSync(require.resolve(`app-builder-lib/templates/linux/${template}`), 'utf8');
    const ours = readFileSync(config.deb[option], 'utf8');
    expect(ours.startsWith(stock.trimEnd())).toBe(true);
  });

  it('enables the autostart on a fresh install and removes it on removal', () => {
    expect(readFileSync(config.deb.afterInstall, 'utf8')).toContain(
      'systemctl --global enable kitdesk-kiosk.service',
    );
    expect(readFileSync(config.deb.afterRemove, 'utf8')).toContain(
      'rm -f /etc/systemd/user/graphical-session.target.wants/kitdesk-kiosk.service',
    );
  });
});
