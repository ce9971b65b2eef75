import { describe, expect, it } from 'vitest';
import { appOptionsFromEnv, serverEnv } from './config.js';

describe('the central API’s environment', () => {
  it('defaults to a local picture folder, the London time zone and no retention', () => {
    const options = appOptionsFromEnv({});
    expect(options).toMatchObject({ timeZone: 'Europe/London', retentionMonths: null });
    expect(options.pictures?.description).toMatch(/^the folder .*\.data\/pictures$/);
  });

  it('uses S3-compatible storage when a bucket and its keys are given', () => {
    const options = appOptionsFromEnv({
      S3_ENDPOINT: 'https://example.r2.cloudflarestorage.com',
      S3_BUCKET: 'kitdesk',
      S3_REGION: 'auto',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
      RETENTION_MONTHS: '24',
      SCHOOL_TIME_ZONE: 'Europe/Dublin',
    });
    expect(options.pictures?.description).toBe(
      'the S3 bucket kitdesk at https://example.r2.cloudflarestorage.com',
    );
    expect(options).toMatchObject({ retentionMonths: 24, timeZone: 'Europe/Dublin' });
  });

  it('sends email through SMTP when a server and a sender are given', () => {
    expect(appOptionsFromEnv({}).mailer).toBeNull();
    const options = appOptionsFromEnv({
      SMTP_HOST: 'smtp.school.example',
      SMTP_USER: 'kitdesk',
      SMTP_PASS: 'secret',
      MAIL_FROM: 'Kitdesk <kitdesk@school.example>',
      REMINDER_DUE_SOON_HOURS: '12',
      STAFF_DIGEST_HOUR: '7',
    });
    expect(options.mailer).not.toBeNull();
    expect(options.reminders).toEqual({ intervalMinutes: 15, dueSoonHours: 12, digestHour: 7 });
    options.mailer?.close();
  });

  it('names each variable that is wrong or missing', () => {
    expect(() => serverEnv({ SCHOOL_TIME_ZONE: 'Mars/Olympus' })).toThrow(
      /SCHOOL_TIME_ZONE: is not a time zone name/,
    );
    expect(() => serverEnv({ RETENTION_MONTHS: '0' })).toThrow(/RETENTION_MONTHS/);
    expect(() => serverEnv({ S3_ACCESS_KEY_ID: 'id' })).toThrow(/S3_BUCKET: is needed/);
    expect(() => serverEnv({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' })).toThrow(
      /S3_SECRET_ACCESS_KEY: is needed with S3_BUCKET/,
    );
    expect(() => serverEnv({ S3_FORCE_PATH_STYLE: 'perhaps' })).toThrow(/S3_FORCE_PATH_STYLE/);
    expect(() => serverEnv({ SMTP_URL: 'smtp://mail.school.example' })).toThrow(/MAIL_FROM: is needed/);
    expect(() => serverEnv({ MAIL_FROM: 'k@school.example' })).toThrow(/SMTP_URL or SMTP_HOST: is needed/);
    expect(() => serverEnv({ SMTP_URL: 'http://mail', MAIL_FROM: 'k@s.example' })).toThrow(
      /SMTP_URL: must start/,
    );
    expect(() => serverEnv({ STAFF_DIGEST_HOUR: '24' })).toThrow(/STAFF_DIGEST_HOUR/);
  });
});
