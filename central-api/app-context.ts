import type { LendingPolicy } from '../domain/lending/facts.js';
import type { AccessTokens } from './auth/access-tokens.js';
import type { CurrentAccess } from './auth/current-access.js';
import type { Database, Db } from './db/database.js';
import type { PictureStore } from './pictures/picture-store.js';
import type { Mailer } from './reminders/mailer.js';
import type { ReminderSettings } from './settings.js';
import type { ChangeFeed } from './sync/change-feed.js';

/** What every route plugin and service needs, made once by buildApp. */
export type AppContext = {
  readonly database: Database;
  readonly db: Db;
  /** The server's clock; tests move it to see loans fall overdue. */
  readonly now: () => Date;
  /** The lending policy before asset types add their loan periods. */
  readonly policy: LendingPolicy;
  readonly tokens: AccessTokens;
  /** What each person may do now; services that change it `forget` them after their commit. */
  readonly currentAccess: CurrentAccess;
  readonly refreshTokenTtlDays: number;
  readonly changes: ChangeFeed;
  /** The school's time zone (IANA name): report days and weeks, and the day of the staff digest. */
  readonly timeZone: string;
  /** Pupils are erased this many months after they leave; null keeps them until erased by hand. */
  readonly retentionMonths: number | null;
  /** Where asset pictures are kept. */
  readonly pictures: PictureStore;
  /** Null when no SMTP server is set up: nothing is emailed. */
  readonly mailer: Mailer | null;
  readonly reminders: ReminderSettings;
};

export type RouteOptions = { ctx: AppContext };
