/**
 * Playwright global set-up: builds the admin console once per run into a folder of its own, as the
 * renderer is built, so the tests drive exactly the current code and never race `npm run build:admin`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

export const ADMIN_CONSOLE_DIR_ENV = 'KITDESK_E2E_ADMIN_CONSOLE_DIR';

export async function buildAdminConsoleToTemp(): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'kitdesk-e2e-admin-'));
  await build({
    configFile: join(import.meta.dirname, '../../../admin/vite.config.ts'),
    build: { outDir: dir, emptyOutDir: true },
    logLevel: 'warn',
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export default async function buildAdminConsole(): Promise<() => void> {
  const { dir, remove } = await buildAdminConsoleToTemp();
  // Workers start after global set-up and inherit its environment.
  process.env[ADMIN_CONSOLE_DIR_ENV] = dir;
  return remove;
}
