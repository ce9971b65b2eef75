/**
 * The central API on real PostgreSQL, measured from outside its process as clients see it, each figure
 * beside the same run's Fastify "hello" ceiling (same process, same machine, same 50 connections).
 * Floors from issue 3: ≥ 500 checkouts/s with p99 ≤ 100 ms at 50 concurrent clients; sync push
 * ≥ 1,000 events/s. Uses TEST_DATABASE_URL, or starts scripts/pg-throwaway.sh's cluster.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import autocannon, { type Result } from 'autocannon';
import { newId } from '../../domain/ids.js';
import { hashPassword } from '../../central-api/auth/passwords.js';
import { openDatabase } from '../../central-api/db/database.js';
import { round, type Bench, type Figure } from './harness.js';
import { withPgClient } from '../../central-api/testing/test-databases.js';
import { postgresUrl, startServerProcess } from './support/central-bench.js';

const CLIENTS = 50;
const CHECKOUT_SECONDS = 10;
const PUSH_SECONDS = 8;
/** Eight kiosks flushing full outboxes at once, as after a network outage. */
const KIOSKS = 8;
const BATCH = 100;
const ASSETS = 50_000;
const BORROWERS = 5_000;
/** Past loans already in the database, 3% of them still out. */
const HISTORY = 20_000;
const PASSWORD = 'bench staff passphrase';

/** A database of its own, migrated, with one admin, borrowers and plain assets (made in SQL: it is set-up). */
async function prepareDatabase(adminUrl: string) {
  const name = `kitdesk_bench_${randomBytes(4).toString('hex')}`;
  await withPgClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await (await openDatabase({ url: url.href, poolSize: 1 })).close();
  const staffEmail = `bench.${name}@school.test`;
  const seeded = await withPgClient(url.href, async (c) => {
    await c.query(
      `INSERT INTO person (id, name, email, staff, is_admin, can_log_in, password_hash)
       VALUES ($1, 'Bench Admin', $2, true, true, true, $3)`,
      [newId(), staffEmail, await hashPassword(PASSWORD)],
    );
    await c.query(
      `INSERT INTO person (id, name, school) SELECT gen_random_uuid(), 'Pupil ' || i, 'Belmont' FROM generate_series(1, $1) i`,
      [BORROWERS],
    );
    await c.query(
      `INSERT INTO asset (id, name, estimated_value_pence) SELECT gen_random_uuid(), 'Camera ' || i, 50000 FROM generate_series(1, $1) i`,
      [ASSETS],
    );
    // A school some months into the year: loans come and go, a few hundred are out. The assets the
    // benchmark lends are the ones not out.
    await c.query(
      `INSERT INTO allocation (id, person_id, out_at, due_at, returned_at)
       SELECT gen_random_uuid(), p.id, now() - d.ago, now() - d.ago + interval '7 days',
              CASE WHEN returned THEN now() - d.ago + interval '5 days' END
         FROM generate_series(1, $1) i
         CROSS JOIN LATERAL (SELECT i % 100 < 97 AS returned) r
         CROSS JOIN LATERAL (SELECT CASE WHEN returned THEN interval '90 days' ELSE interval '3 days' END AS ago) d
         JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM person WHERE NOT staff) p
           ON p.n = 1 + i % $2`,
      [HISTORY, BORROWERS],
    );
    await c.query(
      `INSERT INTO allocation_asset_line (id, allocation_id, asset_id, returned_at)
       SELECT gen_random_uuid(), l.id, s.id, l.returned_at
         FROM (SELECT id, returned_at, row_number() OVER (ORDER BY id) AS n FROM allocation) l
         JOIN (SELECT id, row_number() OVER (ORDER BY id DESC) AS n FROM asset) s ON s.n = l.n`,
    );
    await c.query(
      `UPDATE asset s SET location_id = NULL
         FROM allocation_asset_line l WHERE l.asset_id = s.id AND l.returned_at IS NULL`,
    );
    // Autovacuum keeps a live database's statistics current; a database made a moment ago has none yet.
    await c.query('ANALYZE');
    const people = await c.query<{ id: string }>('SELECT id FROM person WHERE NOT staff ORDER BY id');
    const assets = await c.query<{ id: string }>(
      `SELECT id FROM asset s WHERE NOT EXISTS
         (SELECT 1 FROM allocation_asset_line l WHERE l.asset_id = s.id AND l.returned_at IS NULL) ORDER BY id`,
    );
    const out = await c.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM allocation_asset_line WHERE returned_at IS NULL',
    );
    return {
      borrowerIds: people.rows.map((r) => r.id),
      assetIds: assets.rows.map((r) => r.id),
      outBefore: out.rows[0]?.n ?? 0,
    };
  });
  return { name, url: url.href, staffEmail, ...seeded };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** Lend the next unused asset to the next borrower on every request. */
function checkoutLoad(
  api: string,
  token: string,
  take: () => { assetId: string; personId: string },
  seconds: number,
) {
  return autocannon({
    url: `${api}/loans`,
    connections: CLIENTS,
    duration: seconds,
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => {
          const { assetId, personId } = take();
          return { ...req, body: JSON.stringify({ borrower: { personId }, items: [{ assetId }] }) };
        },
      },
    ],
  });
}

/** Kiosks pushing full batches of checkout events side by side for `seconds`; answers the events applied. */
async function pushLoad(
  api: string,
  tokens: string[],
  take: () => { assetId: string; personId: string },
  seconds: number,
) {
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  let applied = 0;
  let other = 0;
  await Promise.all(
    tokens.map(async (token) => {
      let seq = 0;
      while (performance.now() < until) {
        const events = Array.from({ length: BATCH }, () => {
          const { assetId, personId } = take();
          return {
            eventId: newId(),
            seq: ++seq,
            at: new Date().toISOString(),
            payload: {
              type: 'checkout',
              allocationId: newId(),
              personId,
              assetIds: [assetId],
              groupItemIds: [],
              dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
              staff: null,
            },
          };
        });
        const { results } = (await post(
          `${api}/sync/events`,
          { events },
          { authorization: `Bearer ${token}` },
        )) as {
          results: { status: string }[];
        };
        for (const r of results) {
          if (r.status === 'applied') applied++;
          else other++;
        }
      }
    }),
  );
  return { applied, other, seconds: (performance.now() - started) / 1000 };
}

const okPerSecond = (r: Result) => r['2xx'] / r.duration;

const bench: Bench = {
  title: `central API on PostgreSQL (${CLIENTS} clients lending; ${KIOSKS} kiosks pushing; vs Fastify hello)`,
  async run() {
    const adminUrl = postgresUrl();
    const db = await prepareDatabase(adminUrl);
    const server = await startServerProcess(db.url);
    try {
      let next = 0;
      const take = () => {
        if (next >= db.assetIds.length) throw new Error(`the benchmark ran out of its ${ASSETS} assets`);
        const i = next++;
        return { assetId: db.assetIds[i]!, personId: db.borrowerIds[i % db.borrowerIds.length]! };
      };
      const { accessToken } = (await post(`${server.api}/auth/login`, {
        email: db.staffEmail,
        password: PASSWORD,
      })) as {
        accessToken: string;
      };
      const auth = { authorization: `Bearer ${accessToken}` };
      const kioskTokens: string[] = [];
      for (let k = 0; k < KIOSKS; k++) {
        const { enrolmentCode } = (await post(
          `${server.api}/kiosks`,
          { name: `Bench kiosk ${k}` },
          auth,
        )) as {
          enrolmentCode: string;
        };
        kioskTokens.push(
          ((await post(`${server.api}/kiosks/enrol`, { code: enrolmentCode })) as { token: string }).token,
        );
      }

      const hello = await autocannon({ url: server.hello, connections: CLIENTS, duration: 5 });
      const helloPerSecond = okPerSecond(hello);
      const warmCheckouts = await checkoutLoad(server.api, accessToken, take, 2);
      const checkouts = await checkoutLoad(server.api, accessToken, take, CHECKOUT_SECONDS);
      if (checkouts.non2xx > 0 || checkouts.errors > 0) {
        throw new Error(
          `checkouts failed: ${JSON.stringify(checkouts.statusCodeStats)}, ${checkouts.errors} errors`,
        );
      }
      const warmPush = await pushLoad(server.api, kioskTokens, take, 1);
      const push = await pushLoad(server.api, kioskTokens, take, PUSH_SECONDS);
      if (push.other + warmPush.other > 0) throw new Error(`${push.other} pushed events were not applied`);
      const eventsPerSecond = push.applied / push.seconds;
      // Every answer the figures count must be a loan in the database. autocannon stops counting with up to
      // one request per connection still in flight, and those loans are made too.
      const lent = warmCheckouts['2xx'] + checkouts['2xx'] + warmPush.applied + push.applied;
      const open = await withPgClient(db.url, (c) =>
        c.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM allocation_asset_line WHERE returned_at IS NULL',
        ),
      );
      const made = (open.rows[0]?.n ?? 0) - db.outBefore;
      if (made < lent || made > lent + 2 * CLIENTS) {
        throw new Error(`${lent} loans were answered but ${made} are open`);
      }

      const figures: Figure[] = [
        {
          name: 'api.hello_requests_per_s',
          value: round(helloPerSecond),
          unit: 'req/s',
          floor: null,
          better: 'higher',
        },
        {
          name: 'api.checkouts_per_s',
          value: round(okPerSecond(checkouts)),
          unit: 'checkouts/s',
          floor: 500,
          better: 'higher',
        },
        {
          name: 'api.checkout_p99',
          value: round(checkouts.latency.p99),
          unit: 'ms',
          floor: 100,
          better: 'lower',
        },
        {
          name: 'api.checkouts_vs_hello',
          value: round(okPerSecond(checkouts) / helloPerSecond),
          unit: '× hello',
          floor: null,
          better: 'higher',
        },
        {
          name: 'api.sync_push_events_per_s',
          value: round(eventsPerSecond),
          unit: 'events/s',
          floor: 1000,
          better: 'higher',
        },
        {
          name: 'api.sync_push_vs_hello',
          value: round(eventsPerSecond / helloPerSecond),
          unit: '× hello',
          floor: null,
          better: 'higher',
        },
      ];
      return figures;
    } finally {
      server.child.kill('SIGTERM');
      await once(server.child, 'exit');
      await withPgClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${db.name} WITH (FORCE)`));
    }
  },
};
export default bench;
