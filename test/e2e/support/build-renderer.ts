/**
 * Playwright global set-up: builds the renderer once per run into a folder of its own, so the tests drive
 * exactly the current code and never race another build of renderer/dist. The UI benchmark builds the
 * same way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

export const RENDERER_DIR_ENV = 'KITDESK_E2E_RENDERER_DIR';

/** Builds the renderer into a fresh temporary folder; returns the folder and how to remove it. */
export async function buildRendererToTemp(): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'kitdesk-e2e-renderer-'));
  await build({
    configFile: join(import.meta.dirname, '../../../renderer/vite.config.ts'),
    build: { outDir: dir, emptyOutDir: true },
    logLevel: 'warn',
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export default async function buildRenderer(): Promise<() => void> {
  const { dir, remove } = await buildRendererToTemp();
  // Workers start after global set-up and inherit its environment.
  process.env[RENDERER_DIR_ENV] = dir;
  return remove;
}
