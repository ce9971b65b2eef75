import { createRequire } from 'node:module';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { LendingPolicy } from '../domain/lending/facts.js';
import type { AppContext } from './app-context.js';
import { auditRoutes } from './audit/audit.routes.js';
import { AccessTokens } from './auth/access-tokens.js';
import { authRoutes } from './auth/auth.routes.js';
import { staffPinRoutes } from './auth/staff-pin.routes.js';
import { accessControl } from './auth/authenticate.js';
import { CurrentAccess } from './auth/current-access.js';
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
import { openPictureStore } from './pictures/open-picture-store.js';
import type { PictureStore } from './pictures/picture-store.js';
import { pictureRoutes } from './pictures/pictures.routes.js';
import { privacyRoutes } from './privacy/privacy.routes.js';
import { smtpMailer, type Mailer } from './reminders/mailer.js';
import { reminderRoutes } from './reminders/reminders.routes.js';
import { reportRoutes } from './reports/reports.routes.js';
import type { AppSettings } from './settings.js';
import { ChangeFeed } from './sync/change-feed.js';
import { streamRoutes } from './sync/stream.routes.js';
import { syncRoutes } from './sync/sync.routes.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

export type AppOptions = {
  /** The database this app owns for its lifetime; the caller opens it and closes it after the app. */
  db: Database;
  /** Every setting, resolved: `readSettings` in main.ts, or its defaults with a test's changes. */
  settings: AppSettings;
  /** Pino settings for the structured request log; false (the default) logs nothing. */
  logger?: FastifyServerOptions['logger'];
  /** The server's clock, for tests that need time to pass. */
  now?: () => Date;
  /** Lending policy settings; asset types add their own loan periods. */
  policy?: Partial<LendingPolicy>;
  /** A store to use instead of the one settings.pictures names (tests keep pictures in memory). */
  pictures?: PictureStore;
  /** A mailer to use instead of one for settings.mail (tests send to their own SMTP server). */
  mailer?: Mailer;
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

  const { db: database, settings } = options;
  const now = options.now ?? (() => new Date());
  const changes = await ChangeFeed.start(database, app.log);
  app.addHook('onClose', () => changes.close());
  const currentAccess = await CurrentAccess.start(database, app.log);
  app.addHook('onClose', () => currentAccess.close());
  const ctx: AppContext = {
    database,
    db: database.db,
    now,
    policy: LendingPolicy.parse(options.policy ?? {}),
    tokens: new AccessTokens(await loadSigningKey(database.db), settings.accessTokenTtlSeconds, now),
    currentAccess,
    refreshTokenTtlDays: settings.refreshTokenTtlDays,
    changes,
    timeZone: settings.timeZone,
    retentionMonths: settings.retentionMonths,
    pictures: options.pictures ?? openPictureStore(settings.pictures),
    mailer: options.mailer ?? (settings.mail ? smtpMailer(settings.mail) : null),
    reminders: settings.reminders,
  };

  requireDeclaredAccess(app);
  app.addHook('onRequest', accessControl(ctx.db, ctx.tokens, ctx.currentAccess));
  await registerOpenApi(app, version);
  await app.register(rateLimit, { global: false });
  await registerSessionCookies(app);

  await app.register(healthRoutes, { ctx, version });
  await app.register(authRoutes, { ctx, signInLimit: settings.signInLimit });
  await app.register(kioskRoutes, { ctx, signInLimit: settings.signInLimit });
  await app.register(staffPinRoutes, { ctx });
  await app.register(peopleRoutes, { ctx });
  await app.register(assetRoutes, { ctx });
  await app.register(groupRoutes, { ctx });
  await app.register(referenceDataRoutes, { ctx });
  await app.register(lookupRoutes, { ctx });
  await app.register(lendingRoutes, { ctx });
  await app.register(auditRoutes, { ctx });
  await app.register(reportRoutes, { ctx });
  await app.register(importRoutes, { ctx, maxBytes: settings.importMaxBytes });
  await app.register(exportRoutes, { ctx });
  await app.register(privacyRoutes, { ctx });
  await app.register(reminderRoutes, { ctx });
  await app.register(pictureRoutes, { ctx, maxBytes: settings.pictureMaxBytes });
  await app.register(syncRoutes, { ctx });
  await app.register(streamRoutes, { ctx });
  await app.register(adminConsoleRoutes, { dir: options.adminConsoleDir ?? DEFAULT_ADMIN_CONSOLE_DIR });

  let jobs: PeriodicJob | null = null;
  app.addHook('onClose', async () => jobs?.stop());
  await app.ready();
  if (options.runJobs) jobs = startAppJobs(ctx, app.log);
  return app;
}
