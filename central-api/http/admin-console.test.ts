import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { ADMIN_CONSOLE_CSP } from './admin-console.routes.js';

const INDEX = '<!doctype html><title>Kitdesk admin</title><div id="root"></div>';

describe('the admin console at /admin/', () => {
  let dir: string;
  let built: TestApp;
  let missing: TestApp;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kitdesk-admin-console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1);');
    built = await startTestApp('pglite', { adminConsoleDir: dir });
    missing = await startTestApp('pglite', { adminConsoleDir: join(dir, 'not-built') });
  });
  afterAll(async () => {
    await built?.close();
    await missing?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html with a strict Content-Security-Policy and no caching', async () => {
    const res = await built.app.inject({ method: 'GET', url: '/admin/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(INDEX);
    expect(res.headers['content-security-policy']).toBe(ADMIN_CONSOLE_CSP);
    expect(ADMIN_CONSOLE_CSP).toContain("script-src 'self'");
    expect(ADMIN_CONSOLE_CSP).toContain("frame-ancestors 'none'");
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves built files for a year, since their names change with their content', async () => {
    const res = await built.app.inject({ method: 'GET', url: '/admin/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('console.log(1);');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['content-security-policy']).toBe(ADMIN_CONSOLE_CSP);
  });

  it('answers index.html for any screen of the console, so a reload or a shared link works', async () => {
    const res = await built.app.inject({ method: 'GET', url: '/admin/assets?q=KD-00001' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(INDEX);
    expect(res.headers['content-security-policy']).toBe(ADMIN_CONSOLE_CSP);
  });

  it('sends /admin to /admin/', async () => {
    const res = await built.app.inject({ method: 'GET', url: '/admin' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/admin/');
  });

  it('says how to build the console when it has not been built', async () => {
    const res = await missing.app.inject({ method: 'GET', url: '/admin/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build:admin');
  });

  it('leaves the API routes without the console headers', async () => {
    const res = await built.app.inject({ method: 'GET', url: '/health' });
    expect(res.headers['content-security-policy']).toBeUndefined();
  });
});
