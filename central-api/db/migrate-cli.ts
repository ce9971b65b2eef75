/** `npm run db:migrate`: apply the committed migrations to DATABASE_URL, or to the embedded database. */
import { databaseOptionsFromEnv } from '../config.js';
import { openDatabase } from './database.js';

const database = await openDatabase({ ...databaseOptionsFromEnv(process.env), migrate: true });
await database.close();
console.log(`Migrations applied (${database.kind}).`);
