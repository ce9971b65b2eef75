/** An app on a fresh database of the given kind, for one test file. */
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../app.js';
import type { AppSettings } from '../settings.js';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from './test-databases.js';
import { testSettings } from './test-settings.js';

export type TestApp = {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
};

export type TestAppOptions = Omit<AppOptions, 'db' | 'settings'> & { settings?: Partial<AppSettings> };

export async function startTestApp(kind: DatabaseKind, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  const app = await buildApp({ ...options, db: database, settings: testSettings(options.settings) });
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
