/**
 * The central API on PGlite in a process of its own, for the tests and benchmarks that measure an import's
 * memory: the process holds the API alone, so its resident set is the API's. Signs in an admin, prints one
 * JSON line `{ url, authorization }`, then serves until SIGTERM.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../central-api/db/database.js';
import { startServer } from '../../central-api/server.js';
import { signedInCast } from '../../central-api/testing/test-people.js';
import { testSettings } from '../../central-api/testing/test-settings.js';

const dataDir = mkdtempSync(join(tmpdir(), 'kitdesk-import-api-'));
const database = await openDatabase({ dataDir });
const api = await startServer({
  db: database,
  settings: testSettings({ importMaxBytes: 64 * 1024 * 1024 }),
});
const { admin } = await signedInCast(api.app, database.db);

process.stdout.write(`${JSON.stringify({ url: api.url, authorization: admin.auth.authorization })}\n`);
process.on('SIGTERM', () => {
  void api
    .close()
    .then(() => database.close())
    .finally(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
});
