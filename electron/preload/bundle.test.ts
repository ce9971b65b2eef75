import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PRELOAD_BUNDLE } from '../main/app-paths.js';

let bundle = '';

beforeAll(() => {
  const outfile = join(mkdtempSync(join(tmpdir(), 'kitdesk-preload-')), 'kiosk-preload.cjs');
  execFileSync(process.execPath, ['electron/preload/bundle.mjs', outfile], { stdio: 'pipe' });
  bundle = readFileSync(outfile, 'utf8');
});

describe('the preload bundle', () => {
  it('is one CommonJS script whose only require is electron, as a sandboxed preload must be', () => {
    const required = [...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(bundle).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('runs where require knows only electron and exposes window.kiosk', () => {
    const exposeInMainWorld = vi.fn();
    const sandboxRequire = (name: string) => {
      if (name !== 'electron') throw new Error(`module not found: ${name}`);
      return { contextBridge: { exposeInMainWorld }, ipcRenderer: { on: vi.fn(), invoke: vi.fn() } };
    };
    const module = { exports: {} };

    runInNewContext(bundle, { require: sandboxRequire, module, exports: module.exports, console });

    expect(exposeInMainWorld).toHaveBeenCalledExactlyOnceWith('kiosk', {
      call: expect.any(Function),
      subscribe: expect.any(Function),
    });
  });

  it('is written by `npm run build` where the main process looks for it', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    expect(scripts.build).toContain(`node electron/preload/bundle.mjs ${PRELOAD_BUNDLE}`);
  });
});
