/** `npm run db:migrate`: apply the committed migrations to DATABASE_URL, or to the embedded database. */
import { readSettings } from '../settings.js';
import { openDatabase } from './database.js';

const database = await openDatabase({ ...readSettings(process.env).database, migrate: true });
await database.close();
console.log(`Migrations applied (${database.kind}).`);
