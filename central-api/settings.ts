/**
 * Every setting of the central API, with its default, read from the environment once (by main.ts or the
 * `npm start` stack) and handed on resolved: nothing past this file reads process.env or picks a default.
 */
import { z } from 'zod';
import type { OpenDatabaseOptions } from './db/database.js';
import type { PictureStoreSettings } from './pictures/open-picture-store.js';
import type { SmtpSettings } from './reminders/mailer.js';

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const yesNo = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['true', '1', 'yes'].includes(v));

const Env = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  /** Off where the API connects as the application's role, which may not migrate (see the README). */
  DATABASE_MIGRATE: yesNo.default(true),
  /** Where the embedded database lives when DATABASE_URL is unset (ignored by git). */
  KITDESK_DATA_DIR: z.string().min(1).default('.data/central'),
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
    .default('Europe/London'),
  /** Erase pupils this many months after their "left at" date; unset, only by hand. */
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(1200).optional(),
  /** Room for a hundred thousand assets with long descriptions. */
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024 * 1024),
  /** Pictures go to S3-compatible storage when S3_BUCKET is set, to this folder (ignored by git) otherwise. */
  PICTURES_DIR: z.string().min(1).default('.data/pictures'),
  PICTURE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(5 * 1024 * 1024),
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
  REMINDERS_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  REMINDER_DUE_SOON_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  STAFF_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
});
type Env = z.infer<typeof Env>;

export type ReminderSettings = {
  /** A borrower hears this many hours before a loan is due… */
  dueSoonHours: number;
  /** …and staff get the day's digest from this hour (school time) on. */
  digestHour: number;
  /** How often the server looks for reminders to send. */
  intervalMinutes: number;
};

/** What `buildApp` runs on. */
export type AppSettings = {
  /** The school's time zone (IANA name). */
  timeZone: string;
  /** Erase pupils this many months after they leave; null, nobody is erased automatically. */
  retentionMonths: number | null;
  /** The largest CSV file an import takes, in bytes. */
  importMaxBytes: number;
  /** The largest picture an upload takes, in bytes. */
  pictureMaxBytes: number;
  pictures: PictureStoreSettings;
  /** Null when no SMTP server is set up: nothing is emailed. */
  mail: SmtpSettings | null;
  reminders: ReminderSettings;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** Sign-in (and kiosk enrolment) attempts allowed per client and account in each window. */
  signInLimit: { max: number; windowMs: number };
};

export type Settings = {
  database: Pick<OpenDatabaseOptions, 'url' | 'dataDir' | 'migrate'>;
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  /** The admin the first start creates, when both an email and a password are given. */
  admin: { email: string | null; name: string; password: string | null };
  app: AppSettings;
};

/** Settings that only make sense together: a problem for each one missing. */
function incomplete(e: Env): string[] {
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

function mailOf(e: Env): SmtpSettings | null {
  if (!e.MAIL_FROM) return null;
  if (e.SMTP_URL) return { url: e.SMTP_URL, from: e.MAIL_FROM };
  return {
    host: e.SMTP_HOST!,
    port: e.SMTP_PORT,
    secure: e.SMTP_SECURE,
    ...(e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASS ?? '' } : {}),
    from: e.MAIL_FROM,
  };
}

function picturesOf(e: Env): PictureStoreSettings {
  if (!e.S3_BUCKET) return { folder: e.PICTURES_DIR };
  return {
    s3: {
      ...(e.S3_ENDPOINT ? { endpoint: e.S3_ENDPOINT } : {}),
      bucket: e.S3_BUCKET,
      region: e.S3_REGION,
      accessKeyId: e.S3_ACCESS_KEY_ID!,
      secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
      forcePathStyle: e.S3_FORCE_PATH_STYLE,
    },
  };
}

const SettingsFromEnv = Env.superRefine((e, ctx) => {
  for (const problem of incomplete(e)) ctx.addIssue({ code: 'custom', message: problem });
}).transform((e): Settings => ({
  database: {
    ...(e.DATABASE_URL ? { url: e.DATABASE_URL } : { dataDir: e.KITDESK_DATA_DIR }),
    migrate: e.DATABASE_MIGRATE,
  },
  host: e.HOST,
  port: e.PORT,
  logLevel: e.LOG_LEVEL,
  admin: {
    email: e.KITDESK_ADMIN_EMAIL ?? null,
    name: e.KITDESK_ADMIN_NAME,
    password: e.KITDESK_ADMIN_PASSWORD ?? null,
  },
  app: {
    timeZone: e.SCHOOL_TIME_ZONE,
    retentionMonths: e.RETENTION_MONTHS ?? null,
    importMaxBytes: e.IMPORT_MAX_BYTES,
    pictureMaxBytes: e.PICTURE_MAX_BYTES,
    pictures: picturesOf(e),
    mail: mailOf(e),
    reminders: {
      intervalMinutes: e.REMINDERS_INTERVAL_MINUTES,
      dueSoonHours: e.REMINDER_DUE_SOON_HOURS,
      digestHour: e.STAFF_DIGEST_HOUR,
    },
    // Not read from the environment: the same for every school.
    accessTokenTtlSeconds: 900,
    refreshTokenTtlDays: 30,
    signInLimit: { max: 10, windowMs: 60_000 },
  },
}));

/** Read the central API's settings from the environment, naming each variable that is wrong. */
export function readSettings(env: NodeJS.ProcessEnv): Settings {
  const parsed = SettingsFromEnv.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) =>
    i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message,
  );
  throw new Error(`The central API's environment is not valid (${problems.join('; ')}).`);
}
