import { describe, expect, it } from 'vitest';
import { openPictureStore } from './pictures/open-picture-store.js';
import { readSettings } from './settings.js';

describe('the central API’s settings', () => {
  it('defaults to the embedded database, a local picture folder, the London time zone and no retention', () => {
    const settings = readSettings({});
    expect(settings).toMatchObject({
      database: { dataDir: '.data/central' },
      host: '127.0.0.1',
      port: 4300,
      logLevel: 'info',
      admin: { email: null, name: 'Administrator', password: null },
    });
    expect(settings.app).toMatchObject({
      timeZone: 'Europe/London',
      retentionMonths: null,
      importMaxBytes: 64 * 1024 * 1024,
      pictureMaxBytes: 5 * 1024 * 1024,
      mail: null,
      reminders: { intervalMinutes: 15, dueSoonHours: 24, digestHour: 8 },
    });
    expect(openPictureStore(settings.app.pictures).description).toMatch(/^the folder .*\.data\/pictures$/);
  });

  it('uses DATABASE_URL instead of the embedded database when it is given', () => {
    const url = 'postgres://kitdesk@db.school.example/kitdesk';
    expect(readSettings({ DATABASE_URL: url, KITDESK_DATA_DIR: '/srv/kitdesk' }).database).toEqual({
      url,
      migrate: true,
    });
    expect(readSettings({ KITDESK_DATA_DIR: '/srv/kitdesk' }).database).toEqual({
      dataDir: '/srv/kitdesk',
      migrate: true,
    });
    expect(readSettings({ DATABASE_URL: url, DATABASE_MIGRATE: 'false' }).database).toEqual({
      url,
      migrate: false,
    });
  });

  it('uses S3-compatible storage when a bucket and its keys are given', () => {
    const { app } = readSettings({
      S3_ENDPOINT: 'https://example.r2.cloudflarestorage.com',
      S3_BUCKET: 'kitdesk',
      S3_REGION: 'auto',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
      RETENTION_MONTHS: '24',
      SCHOOL_TIME_ZONE: 'Europe/Dublin',
    });
    expect(openPictureStore(app.pictures).description).toBe(
      'the S3 bucket kitdesk at https://example.r2.cloudflarestorage.com',
    );
    expect(app.pictures).toMatchObject({ s3: { region: 'auto', forcePathStyle: true } });
    expect(app).toMatchObject({ retentionMonths: 24, timeZone: 'Europe/Dublin' });
  });

  it('sends email through SMTP when a server and a sender are given', () => {
    const { app } = readSettings({
      SMTP_HOST: 'smtp.school.example',
      SMTP_USER: 'kitdesk',
      SMTP_PASS: 'secret',
      MAIL_FROM: 'Kitdesk <kitdesk@school.example>',
      REMINDER_DUE_SOON_HOURS: '12',
      STAFF_DIGEST_HOUR: '7',
    });
    expect(app.mail).toEqual({
      host: 'smtp.school.example',
      port: 587,
      secure: false,
      user: 'kitdesk',
      pass: 'secret',
      from: 'Kitdesk <kitdesk@school.example>',
    });
    expect(app.reminders).toEqual({ intervalMinutes: 15, dueSoonHours: 12, digestHour: 7 });
    const url = 'smtps://kitdesk:secret@smtp.school.example:465';
    expect(readSettings({ SMTP_URL: url, MAIL_FROM: 'k@school.example' }).app.mail).toEqual({
      url,
      from: 'k@school.example',
    });
  });

  it('creates the first admin only when both an email and a password are given', () => {
    const admin = readSettings({
      KITDESK_ADMIN_EMAIL: 'head@school.example',
      KITDESK_ADMIN_PASSWORD: 'pw',
    }).admin;
    expect(admin).toEqual({ email: 'head@school.example', name: 'Administrator', password: 'pw' });
    expect(() => readSettings({ KITDESK_ADMIN_EMAIL: 'not an email' })).toThrow(/KITDESK_ADMIN_EMAIL/);
  });

  it('names each variable that is wrong or missing', () => {
    expect(() => readSettings({ SCHOOL_TIME_ZONE: 'Mars/Olympus' })).toThrow(
      "The central API's environment is not valid (SCHOOL_TIME_ZONE: is not a time zone name such as Europe/London).",
    );
    expect(() => readSettings({ RETENTION_MONTHS: '0' })).toThrow(/RETENTION_MONTHS/);
    expect(() => readSettings({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readSettings({ S3_ACCESS_KEY_ID: 'id' })).toThrow(/S3_BUCKET: is needed/);
    expect(() => readSettings({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' })).toThrow(
      /S3_SECRET_ACCESS_KEY: is needed with S3_BUCKET/,
    );
    expect(() => readSettings({ S3_FORCE_PATH_STYLE: 'perhaps' })).toThrow(/S3_FORCE_PATH_STYLE/);
    expect(() => readSettings({ SMTP_URL: 'smtp://mail.school.example' })).toThrow(/MAIL_FROM: is needed/);
    expect(() => readSettings({ MAIL_FROM: 'k@school.example' })).toThrow(/SMTP_URL or SMTP_HOST: is needed/);
    expect(() => readSettings({ SMTP_URL: 'smtp://a', SMTP_HOST: 'b', MAIL_FROM: 'k@s.example' })).toThrow(
      /SMTP_URL, SMTP_HOST: give one or the other/,
    );
    expect(() => readSettings({ SMTP_URL: 'http://mail', MAIL_FROM: 'k@s.example' })).toThrow(
      /SMTP_URL: must start/,
    );
    expect(() => readSettings({ STAFF_DIGEST_HOUR: '24' })).toThrow(/STAFF_DIGEST_HOUR/);
  });
});
