import { z } from 'zod';
import { DEFAULT_PICTURES_DIR, DEFAULT_TIME_ZONE, type AppOptions } from './app.js';
import type { OpenDatabaseOptions } from './db/database.js';
import { LocalPictureStore } from './pictures/local-picture-store.js';
import { S3PictureStore } from './pictures/s3-picture-store.js';
import { smtpMailer, type Mailer } from './reminders/mailer.js';
import { defaultReminderSettings } from './reminders/reminders.service.js';

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

const yesNo = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['true', '1', 'yes'].includes(v));

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
  /** Pictures go to S3-compatible storage when S3_BUCKET is set, to this folder otherwise. */
  PICTURES_DIR: z.string().min(1).default(DEFAULT_PICTURES_DIR),
  PICTURE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: yesNo.default(false),
  /** Email goes out through SMTP_URL (smtp://user:pass@host:587), or SMTP_HOST and the rest. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: yesNo.default(false),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASS: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).optional(),
  REMINDERS_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1440)
    .default(defaultReminderSettings.intervalMinutes),
  REMINDER_DUE_SOON_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(168)
    .default(defaultReminderSettings.dueSoonHours),
  STAFF_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(defaultReminderSettings.digestHour),
});
export type ServerEnv = z.infer<typeof Env>;

/** Settings that only make sense together: a problem for each one missing. */
function incomplete(e: ServerEnv): string[] {
  const problems: string[] = [];
  const s3 = [e.S3_ENDPOINT, e.S3_ACCESS_KEY_ID, e.S3_SECRET_ACCESS_KEY].some((v) => v !== undefined);
  if (!e.S3_BUCKET && s3) problems.push('S3_BUCKET: is needed when other S3_ settings are given');
  if (e.S3_BUCKET) {
    for (const k of ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const)
      if (e[k] === undefined) problems.push(`${k}: is needed with S3_BUCKET`);
  }
  const smtp = e.SMTP_URL ?? e.SMTP_HOST;
  if (e.SMTP_URL && e.SMTP_HOST) problems.push('SMTP_URL, SMTP_HOST: give one or the other');
  if (smtp && !e.MAIL_FROM)
    problems.push('MAIL_FROM: is needed to send email (e.g. Kitdesk <kitdesk@school.example>)');
  if (!smtp && e.MAIL_FROM) problems.push('SMTP_URL or SMTP_HOST: is needed with MAIL_FROM');
  return problems;
}

/** Read the central API's settings from the environment, naming the variable that is wrong. */
export function serverEnv(env: NodeJS.ProcessEnv): ServerEnv {
  const parsed = Env.safeParse(env);
  const problems = parsed.success
    ? incomplete(parsed.data)
    : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  if (!parsed.success || problems.length > 0) {
    throw new Error(`The central API's environment is not valid (${problems.join('; ')}).`);
  }
  return parsed.data;
}

export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv): OpenDatabaseOptions {
  const { DATABASE_URL, KITDESK_DATA_DIR } = serverEnv(env);
  return DATABASE_URL ? { url: DATABASE_URL } : { dataDir: KITDESK_DATA_DIR ?? DEFAULT_DATA_DIR };
}

function mailerOf(e: ServerEnv): Mailer | null {
  if (!e.MAIL_FROM) return null;
  if (e.SMTP_URL) return smtpMailer({ url: e.SMTP_URL, from: e.MAIL_FROM });
  return smtpMailer({
    host: e.SMTP_HOST!,
    port: e.SMTP_PORT,
    secure: e.SMTP_SECURE,
    ...(e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASS ?? '' } : {}),
    from: e.MAIL_FROM,
  });
}

/** The app's settings that come from the environment. */
export function appOptionsFromEnv(
  env: NodeJS.ProcessEnv,
): Pick<
  AppOptions,
  'timeZone' | 'retentionMonths' | 'importMaxBytes' | 'pictures' | 'pictureMaxBytes' | 'mailer' | 'reminders'
> {
  const e = serverEnv(env);
  return {
    timeZone: e.SCHOOL_TIME_ZONE,
    retentionMonths: e.RETENTION_MONTHS ?? null,
    ...(e.IMPORT_MAX_BYTES === undefined ? {} : { importMaxBytes: e.IMPORT_MAX_BYTES }),
    ...(e.PICTURE_MAX_BYTES === undefined ? {} : { pictureMaxBytes: e.PICTURE_MAX_BYTES }),
    pictures: e.S3_BUCKET
      ? new S3PictureStore({
          ...(e.S3_ENDPOINT ? { endpoint: e.S3_ENDPOINT } : {}),
          bucket: e.S3_BUCKET,
          region: e.S3_REGION,
          accessKeyId: e.S3_ACCESS_KEY_ID!,
          secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
          forcePathStyle: e.S3_FORCE_PATH_STYLE,
        })
      : new LocalPictureStore(e.PICTURES_DIR),
    mailer: mailerOf(e),
    reminders: {
      intervalMinutes: e.REMINDERS_INTERVAL_MINUTES,
      dueSoonHours: e.REMINDER_DUE_SOON_HOURS,
      digestHour: e.STAFF_DIGEST_HOUR,
    },
  };
}
