/**
 * `npm run api`: the central API on DATABASE_URL, or on the embedded PGlite in KITDESK_DATA_DIR
 * (default .data/central). Stops gracefully on SIGINT / SIGTERM.
 */
import { Command } from 'commander';
import { databaseOptionsFromEnv, serverEnv } from './config.js';
import { openDatabase } from './db/database.js';
import { startServer } from './server.js';

async function serve(): Promise<void> {
  const env = serverEnv(process.env);
  const database = await openDatabase(databaseOptionsFromEnv(process.env));
  const server = await startServer({
    db: database,
    port: env.PORT,
    host: env.HOST,
    logger: { level: env.LOG_LEVEL },
  });
  server.app.log.info({ url: server.url, database: database.kind }, 'Kitdesk central API ready');

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down: finishing requests in flight');
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

const program = new Command('kitdesk-api').description('Kitdesk central API');
program.action(serve);
await program.parseAsync(process.argv);
