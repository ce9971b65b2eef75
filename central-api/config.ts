import { z } from 'zod';
import { DEFAULT_TIME_ZONE, type AppOptions } from './app.js';
import type { OpenDatabaseOptions } from './db/database.js';

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Where the embedded database lives when DATABASE_URL is unset (ignored by git). */
export const DEFAULT_DATA_DIR = '.data/central';

const Env = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  KITDESK_DATA_DIR: z.string().min(1).optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4300),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KITDESK_ADMIN_EMAIL: z.email().optional(),
  KITDESK_ADMIN_PASSWORD: z.string().min(1).optional(),
  KITDESK_ADMIN_NAME: z.string().min(1).default('Administrator'),
  /** The school's time zone: the days and weeks of reports, the day of the staff digest. */
  SCHOOL_TIME_ZONE: z
    .string()
    .refine(isTimeZone, { message: 'is not a time zone name such as Europe/London' })
    .default(DEFAULT_TIME_ZONE),
  /** Erase pupils this many months after their "left at" date; unset, only by hand. */
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(1200).optional(),
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).optional(),
});
export type ServerEnv = z.infer<typeof Env>;

/** Read the central API's settings from the environment, naming the variable that is wrong. */
export function serverEnv(env: NodeJS.ProcessEnv): ServerEnv {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`The central API's environment is not valid (${problems}).`);
  }
  return parsed.data;
}

export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv): OpenDatabaseOptions {
  const { DATABASE_URL, KITDESK_DATA_DIR } = serverEnv(env);
  return DATABASE_URL ? { url: DATABASE_URL } : { dataDir: KITDESK_DATA_DIR ?? DEFAULT_DATA_DIR };
}

/** The app's settings that come from the environment. */
export function appOptionsFromEnv(
  env: NodeJS.ProcessEnv,
): Pick<AppOptions, 'timeZone' | 'retentionMonths' | 'importMaxBytes'> {
  const e = serverEnv(env);
  return {
    timeZone: e.SCHOOL_TIME_ZONE,
    retentionMonths: e.RETENTION_MONTHS ?? null,
    ...(e.IMPORT_MAX_BYTES === undefined ? {} : { importMaxBytes: e.IMPORT_MAX_BYTES }),
  };
}
