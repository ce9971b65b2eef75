import { defineConfig } from 'drizzle-kit';

/** The kiosk's SQLite schema; `npm run db:generate` writes its migrations beside it. */
export default defineConfig({
  dialect: 'sqlite',
  schema: './electron/core/store/schema.ts',
  out: './electron/core/store/migrations',
});
