/**
 * The process the central API benchmark measures: the API on PostgreSQL, and beside it a bare Fastify
 * answering "hello" for the ceiling, in one process so both see the same machine. Prints one JSON line
 * with their addresses, then serves until SIGTERM.
 */
import Fastify from 'fastify';
import { openDatabase } from '../../central-api/db/database.js';
import { startServer } from '../../central-api/server.js';
import { testSettings } from '../../central-api/testing/test-settings.js';

const url = process.argv[2];
if (!url) throw new Error('usage: central-api-bench-server.ts <postgres url>');
const poolSize = Number(process.env.KITDESK_BENCH_POOL ?? 16);

const database = await openDatabase({ url, poolSize, migrate: false });
// The benchmark enrols many kiosks at once: the enrolment rate limit is for people, not for this.
const api = await startServer({
  db: database,
  settings: testSettings({ signInLimit: { max: 1000, windowMs: 60_000 } }),
});
const hello = Fastify();
hello.get('/hello', async () => ({ hello: 'world' }));
await hello.listen({ port: 0, host: '127.0.0.1' });
const address = hello.server.address();
if (address === null || typeof address === 'string') throw new Error('hello is not on TCP');

process.stdout.write(
  `${JSON.stringify({ api: api.url, hello: `http://127.0.0.1:${address.port}/hello` })}\n`,
);
process.on('SIGTERM', () => {
  void Promise.all([api.close(), hello.close()])
    .then(() => database.close())
    .then(() => process.exit(0));
});
