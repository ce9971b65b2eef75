import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badRequestFor,
  operationsOf,
  type OpenApiDocument,
  type Operation,
} from '../testing/bad-requests.js';
import { caller } from '../testing/http.js';
import { startSmtpServer, type TestSmtp } from '../testing/smtp-server.js';
import { makeCatalogue } from '../testing/test-catalogue.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { signedInCast } from '../testing/test-people.js';

/** Requests per run, spread evenly over the operations (every one gets at least its share). */
const REQUESTS_PER_RUN = 1_500;

describe.each(databaseKinds)('bad input to every operation of the OpenAPI document, on %s', (kind) => {
  let t: TestApp;
  let smtp: TestSmtp;
  let auth: Record<string, string>;
  let operations: Operation[];
  let ids: string[];
  beforeAll(async () => {
    // Mail set up, so running the reminders is not a 503 of configuration.
    smtp = await startSmtpServer();
    t = await startTestApp(kind, { mailer: smtp.mailer() });
    const cast = await signedInCast(t.app, t.database.db);
    auth = cast.admin.auth;
    const catalogue = await makeCatalogue(caller(t.app, auth));
    // Rows that exist, so some requests get past "not found" to the body; never a person, lest the
    // fuzzer erase or demote the admin it calls as.
    const kit = await catalogue.kit('Vlog kit', ['Vlog camera'], ['Tripod']);
    ids = [
      catalogue.shed.id,
      catalogue.cameras.id,
      catalogue.recycle.id,
      kit.group.id,
      kit.members[0]!.id,
      kit.items[0]!.id,
    ];
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDocument>();
    operations = operationsOf(doc);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('answers every generated request below 500 and stays healthy', async () => {
    expect(operations.length).toBeGreaterThan(50);
    const statuses = new Map<number, number>();
    const runsEach = Math.ceil(REQUESTS_PER_RUN / operations.length);
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(badRequestFor(op, ids), async (request) => {
          const res = await t.app.inject({ ...request, headers: { ...request.headers, ...auth } });
          if (op.streams) res.stream().destroy();
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const shown = op.streams ? '' : res.body.slice(0, 300);
          expect(res.statusCode, `${request.method} ${request.url.slice(0, 200)} → ${shown}`).toBeLessThan(
            500,
          );
        }),
        { numRuns: runsEach },
      );
    }
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    const histogram = Object.fromEntries([...statuses].sort(([a], [b]) => a - b));
    console.log(
      `fuzz on ${kind}: ${total} requests over ${operations.length} operations, statuses ${JSON.stringify(histogram)}`,
    );
    expect(total).toBeGreaterThanOrEqual(REQUESTS_PER_RUN);
    const health = await t.app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
  }, 240_000);
});
