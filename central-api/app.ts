import { createRequire } from 'node:module';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { LendingPolicy } from '../domain/lending/facts.js';
import type { AppContext } from './app-context.js';
import { auditRoutes } from './audit/audit.routes.js';
import { AccessTokens } from './auth/access-tokens.js';
import { authRoutes } from './auth/auth.routes.js';
import { accessControl } from './auth/authenticate.js';
import { registerSessionCookies } from './auth/session-cookie.js';
import { loadSigningKey } from './auth/signing-key.js';
import { assetRoutes } from './catalogue/assets.routes.js';
import { groupRoutes } from './catalogue/groups.routes.js';
import { lookupRoutes } from './catalogue/lookup.routes.js';
import { peopleRoutes } from './catalogue/people.routes.js';
import { referenceDataRoutes } from './catalogue/reference.routes.js';
import type { Database } from './db/database.js';
import { exportRoutes } from './exports/exports.routes.js';
import { adminConsoleRoutes, DEFAULT_ADMIN_CONSOLE_DIR } from './http/admin-console.routes.js';
import { errorHandler, notFoundHandler } from './http/error-handler.js';
import { healthRoutes } from './http/health.routes.js';
import { registerOpenApi } from './http/openapi.js';
import { requireDeclaredAccess } from './http/route-access.js';
import { importRoutes } from './imports/imports.routes.js';
import { startAppJobs } from './jobs/app-jobs.js';
import type { PeriodicJob } from './jobs/periodic-job.js';
import { kioskRoutes } from './kiosks/kiosks.routes.js';
import { lendingRoutes } from './lending/lending.routes.js';
import { LocalPictureStore } from './pictures/local-picture-store.js';
import type { PictureStore } from './pictures/picture-store.js';
import { pictureRoutes } from './pictures/pictures.routes.js';
import { privacyRoutes } from './privacy/privacy.routes.js';
import type { Mailer } from './reminders/mailer.js';
import { reminderRoutes } from './reminders/reminders.routes.js';
import { defaultReminderSettings, type ReminderSettings } from './reminders/reminders.service.js';
import { reportRoutes } from './reports/reports.routes.js';
import { ChangeFeed } from './sync/change-feed.js';
import { streamRoutes } from './sync/stream.routes.js';
import { syncRoutes } from './sync/sync.routes.js';

export const DEFAULT_TIME_ZONE = 'Europe/London';
/** Where pictures go when no store is configured (ignored by git, as the embedded database is). */
export const DEFAULT_PICTURES_DIR = '.data/pictures';
export const DEFAULT_PICTURE_MAX_BYTES = 5 * 1024 * 1024;
/** Room for a hundred thousand assets with long descriptions. */
export const DEFAULT_IMPORT_MAX_BYTES = 64 * 1024 * 1024;

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

export type AppOptions = {
  /** The database this app owns for its lifetime; the caller opens it and closes it after the app. */
  db: Database;
  /** Pino settings for the structured request log; false (the default) logs nothing. */
  logger?: FastifyServerOptions['logger'];
  /** The server's clock, for tests that need time to pass. */
  now?: () => Date;
  /** Lending policy settings; asset types add their own loan periods. */
  policy?: Partial<LendingPolicy>;
  accessTokenTtlSeconds?: number;
  refreshTokenTtlDays?: number;
  /** Sign-in (and kiosk enrolment) attempts allowed per client and account in each window. */
  signInLimit?: { max: number; windowMs: number };
  /** The school's time zone; Europe/London unless told otherwise. */
  timeZone?: string;
  /** The largest CSV file an import takes, in bytes. */
  importMaxBytes?: number;
  /** Erase pupils this many months after they leave; unset, nobody is erased automatically. */
  retentionMonths?: number | null;
  /** Where asset pictures are kept; a folder under .data unless told otherwise. */
  pictures?: PictureStore;
  /** The largest picture an upload takes, in bytes. */
  pictureMaxBytes?: number;
  /** Sends reminders and digests; without one nothing is emailed. */
  mailer?: Mailer | null;
  reminders?: Partial<ReminderSettings>;
  /** The built admin console served at /admin/; admin/dist unless told otherwise. */
  adminConsoleDir?: string;
  /** Run the background jobs (retention, reminders) in this process; the server does, tests call them. */
  runJobs?: boolean;
};

/** Build the central API on a database, ready to `inject` or `listen`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  app.decorateRequest('actor', null);

  const database = options.db;
  const now = options.now ?? (() => new Date());
  const changes = await ChangeFeed.start(database, app.log);
  app.addHook('onClose', () => changes.close());
  const ctx: AppContext = {
    database,
    db: database.db,
    now,
    policy: LendingPolicy.parse(options.policy ?? {}),
    tokens: new AccessTokens(await loadSigningKey(database.db), options.accessTokenTtlSeconds ?? 900, now),
    refreshTokenTtlDays: options.refreshTokenTtlDays ?? 30,
    changes,
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    retentionMonths: options.retentionMonths ?? null,
    pictures: options.pictures ?? new LocalPictureStore(DEFAULT_PICTURES_DIR),
    mailer: options.mailer ?? null,
    reminders: { ...defaultReminderSettings, ...options.reminders },
  };

  requireDeclaredAccess(app);
  app.addHook('onRequest', accessControl(ctx.db, ctx.tokens));
  await registerOpenApi(app, version);
  await app.register(rateLimit, { global: false });
  await registerSessionCookies(app);

  const signInLimit = options.signInLimit ?? { max: 10, windowMs: 60_000 };
  await app.register(healthRoutes, { ctx, version });
  await app.register(authRoutes, { ctx, signInLimit });
  await app.register(kioskRoutes, { ctx, signInLimit });
  await app.register(peopleRoutes, { ctx });
  await app.register(assetRoutes, { ctx });
  await app.register(groupRoutes, { ctx });
  await app.register(referenceDataRoutes, { ctx });
  await app.register(lookupRoutes, { ctx });
  await app.register(lendingRoutes, { ctx });
  await app.register(auditRoutes, { ctx });
  await app.register(reportRoutes, { ctx });
  await app.register(importRoutes, { ctx, maxBytes: options.importMaxBytes ?? DEFAULT_IMPORT_MAX_BYTES });
  await app.register(exportRoutes, { ctx });
  await app.register(privacyRoutes, { ctx });
  await app.register(reminderRoutes, { ctx });
  await app.register(pictureRoutes, { ctx, maxBytes: options.pictureMaxBytes ?? DEFAULT_PICTURE_MAX_BYTES });
  await app.register(syncRoutes, { ctx });
  await app.register(streamRoutes, { ctx });
  await app.register(adminConsoleRoutes, { dir: options.adminConsoleDir ?? DEFAULT_ADMIN_CONSOLE_DIR });

  let jobs: PeriodicJob | null = null;
  app.addHook('onClose', async () => jobs?.stop());
  await app.ready();
  if (options.runJobs) jobs = startAppJobs(ctx, app.log);
  return app;
}
