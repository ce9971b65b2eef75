import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../domain/api-error.js';
import { HealthResponse } from '../../domain/api/health.js';
import { startServer, type RunningServer } from '../server.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../testing/test-databases.js';
import { testSettings } from '../testing/test-settings.js';

describe.each(databaseKinds)('service routes over a socket on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startServer({ db: database, settings: testSettings(), port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it('GET /health answers ok and names the database', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(HealthResponse.parse(await res.json()).database).toBe(kind);
  });

  it('GET /health answers 503 with an error body when the database is gone', async () => {
    const spare = await openTestDatabase(kind);
    const other = await startServer({ db: spare, settings: testSettings() });
    await spare.close();
    const res = await fetch(`${other.url}/health`);
    expect(res.status).toBe(503);
    expect(ApiErrorBody.parse(await res.json()).error.code).toBe('unavailable');
    await other.close();
  });

  it('an unknown address answers 404 in the error shape', async () => {
    const res = await fetch(`${server.url}/nowhere?x=1`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'There is no GET /nowhere here.' },
    });
  });

  it('listens on 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
