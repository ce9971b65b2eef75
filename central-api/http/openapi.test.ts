import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { requireDeclaredAccess } from './route-access.js';

describe('the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is generated from the route schemas and served at /openapi.json', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, { responses: object }>> }>();
    expect(doc.openapi).toMatch(/^3\./);
    const health = doc.paths['/health']?.get;
    expect(health?.responses).toHaveProperty('200');
    expect(health?.responses).toHaveProperty('503');
    expect(doc.paths).not.toHaveProperty('/openapi.json');
  });

  it('marks routes that need a token with the bearer scheme and leaves public ones open', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    }>();
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThan(0);
    for (const { path, op } of operations) {
      const isPublic = [
        '/health',
        '/auth/csrf',
        '/auth/login',
        '/auth/refresh',
        '/auth/logout',
        '/kiosks/enrol',
      ].includes(path);
      expect(op.security, path).toEqual(isPublic ? undefined : [{ bearer: [] }]);
    }
  });

  it('is browsable at /docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('swagger');
  });

  it('an app refuses a route that does not say who may call it', () => {
    const app = Fastify();
    requireDeclaredAccess(app);
    expect(() => app.get('/forgotten', async () => 'x')).toThrow(/does not declare who may call it/);
    expect(() => app.get('/declared', { config: { access: 'public' } }, async () => 'x')).not.toThrow();
  });
});
