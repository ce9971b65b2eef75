/** An app on a fresh database of the given kind, for one test file. */
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../app.js';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from './test-databases.js';

export type TestApp = {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
};

export async function startTestApp(
  kind: DatabaseKind,
  options: Omit<AppOptions, 'db'> = {},
): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  const app = await buildApp({ ...options, db: database });
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
