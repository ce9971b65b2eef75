import { z } from 'zod';
import type { OpenDatabaseOptions } from './db/database.js';

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
