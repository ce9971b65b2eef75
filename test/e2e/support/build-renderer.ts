/**
 * Playwright global set-up: builds the renderer once per run into a folder of its own, so the tests drive
 * exactly the current code and never race another build of renderer/dist.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

export const RENDERER_DIR_ENV = 'KITDESK_E2E_RENDERER_DIR';

export default async function buildRenderer(): Promise<() => void> {
  const outDir = mkdtempSync(join(tmpdir(), 'kitdesk-e2e-renderer-'));
  await build({
    configFile: join(import.meta.dirname, '../../../renderer/vite.config.ts'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
  // Workers start after global set-up and inherit its environment.
  process.env[RENDERER_DIR_ENV] = outDir;
  return () => rmSync(outDir, { recursive: true, force: true });
}
