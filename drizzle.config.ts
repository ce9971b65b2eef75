import { defineConfig } from 'drizzle-kit';

/** The central PostgreSQL schema; `npm run db:generate` writes its migrations, which are committed. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './central-api/db/schema/index.ts',
  out: './central-api/db/migrations',
});
