/**
 * `npm run api`: the central API on DATABASE_URL, or on the embedded PGlite in KITDESK_DATA_DIR
 * (default .data/central). Stops gracefully on SIGINT / SIGTERM.
 *
 *   npm run api                                   serve
 *   npm run api -- --demo                         load the demo school into an empty database, then serve
 *   npm run api -- create-admin --email a@b.c     make an admin (password from KITDESK_ADMIN_PASSWORD or stdin)
 *
 * With KITDESK_ADMIN_EMAIL and KITDESK_ADMIN_PASSWORD set, the first start creates that admin.
 */
import { createInterface } from 'node:readline/promises';
import { Command } from 'commander';
import { createAdmin, ensureFirstAdmin } from './auth/first-admin.js';
import { openDatabase } from './db/database.js';
import { seedDemoSchool } from './demo/seed-demo.js';
import {
  ADMIN_CONSOLE_PATH,
  adminConsoleBuilt,
  DEFAULT_ADMIN_CONSOLE_DIR,
} from './http/admin-console.routes.js';
import { startServer } from './server.js';
import { readSettings } from './settings.js';

async function serve(options: { demo?: boolean }): Promise<void> {
  const settings = readSettings(process.env);
  const database = await openDatabase(settings.database);
  const { email, name, password } = settings.admin;
  const admin = email && password ? { email, name, password } : null;
  const firstAdmin = await ensureFirstAdmin(database.db, admin);
  const demo = options.demo ? await seedDemoSchool(database.db) : null;
  const server = await startServer({
    db: database,
    settings: settings.app,
    port: settings.port,
    host: settings.host,
    logger: { level: settings.logLevel },
    runJobs: true,
  });
  const log = server.app.log;
  if (firstAdmin === 'created')
    log.info({ email: admin?.email }, 'created the first admin from the environment');
  if (firstAdmin === 'none') {
    log.warn(
      'no admin exists: set KITDESK_ADMIN_EMAIL and KITDESK_ADMIN_PASSWORD, or run `npm run api -- create-admin`',
    );
  }
  if (demo === 'skipped') log.info('the database already has a catalogue: the demo school was not loaded');
  else if (demo) log.info(demo, 'loaded the demo school');
  log.info(
    { url: server.url, adminConsole: `${server.url}${ADMIN_CONSOLE_PATH}/`, database: database.kind },
    'Kitdesk central API ready',
  );
  if (!adminConsoleBuilt(DEFAULT_ADMIN_CONSOLE_DIR))
    log.warn('the admin console is not built: run `npm run build:admin`, then restart the API');

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests in flight');
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function readPassword(fromEnv: string | null): Promise<string> {
  if (fromEnv) return fromEnv;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  try {
    return (await rl.question('Password for the new admin (at least 10 characters): ')).trim();
  } finally {
    rl.close();
  }
}

async function createAdminCommand(options: { email: string; name: string }): Promise<void> {
  const settings = readSettings(process.env);
  const database = await openDatabase(settings.database);
  try {
    const password = await readPassword(settings.admin.password);
    const { created } = await createAdmin(database.db, { ...options, password });
    console.log(
      created ? `Created admin ${options.email}.` : `${options.email} is now an admin with the new password.`,
    );
  } finally {
    await database.close();
  }
}

const program = new Command('kitdesk-api')
  .description('Kitdesk central API')
  .option('--demo', 'load the demo school first, when the database has no catalogue yet')
  .action(serve);
program
  .command('create-admin')
  .description('create an admin, or make an existing person (by email) an admin with a new password')
  .requiredOption('--email <email>', 'the sign-in email')
  .option('--name <name>', 'their name, for a new person', 'Administrator')
  .action(createAdminCommand);
await program.parseAsync(process.argv);
