/**
 * A kiosk syncing with the central API on real PostgreSQL (the API in a process of its own).
 * Floors from the kiosk-core issue: the initial sync of 20,000 people and 100,000 assets into an empty
 * kiosk ≤ 15 s; an outbox of 10,000 events drained to the server ≥ 500 events/s.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../../central-api/auth/passwords.js';
import { openDatabase } from '../../central-api/db/database.js';
import { newId } from '../../domain/ids.js';
import { openKioskCore } from '../../electron/core/index.js';
import { Outbox } from '../../electron/core/store/outbox.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { round, type Bench } from './harness.js';
import { withPgClient } from '../../central-api/testing/test-databases.js';
import { postgresUrl, startServerProcess } from './support/central-bench.js';

const PEOPLE = 20_000;
const ASSETS = 100_000;
const EVENTS = 10_000;
const PASSWORD = 'bench staff passphrase';

async function prepareSchool(adminUrl: string) {
  const name = `kitdesk_sync_${randomBytes(4).toString('hex')}`;
  await withPgClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await (await openDatabase({ url: url.href, poolSize: 1 })).close();
  const email = `bench.${name}@school.test`;
  const ids = await withPgClient(url.href, async (c) => {
    await c.query(
      `INSERT INTO person (id, name, email, staff, is_admin, can_log_in, password_hash)
       VALUES ($1, 'Bench Admin', $2, true, true, true, $3)`,
      [newId(), email, await hashPassword(PASSWORD)],
    );
    await c.query(
      `INSERT INTO person (id, name, school, rfid)
       SELECT gen_random_uuid(), 'Pupil ' || i, 'Belmont', upper(lpad(to_hex(i), 10, '0')) FROM generate_series(1, $1) i`,
      [PEOPLE],
    );
    await c.query(
      `INSERT INTO asset (id, name, barcode, estimated_value_pence)
       SELECT gen_random_uuid(), 'Tripod ' || i, 'KD-' || i, 5000 FROM generate_series(1, $1) i`,
      [ASSETS],
    );
    const people = await c.query<{ id: string }>('SELECT id FROM person WHERE NOT staff ORDER BY name');
    const assets = await c.query<{ id: string }>('SELECT id FROM asset ORDER BY name');
    return { people: people.rows.map((r) => r.id), assets: assets.rows.map((r) => r.id) };
  });
  return { name, url: url.href, email, ...ids };
}

async function json<T>(url: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

const bench: Bench = {
  title: 'kiosk sync with the central API on PostgreSQL (20,000 people, 100,000 assets)',
  async run() {
    const adminUrl = postgresUrl();
    const school = await prepareSchool(adminUrl);
    const server = await startServerProcess(school.url);
    const dataDir = mkdtempSync(join(tmpdir(), 'kitdesk-sync-bench-'));
    try {
      const { accessToken } = await json<{ accessToken: string }>(`${server.api}/auth/login`, {
        email: school.email,
        password: PASSWORD,
      });
      const { enrolmentCode } = await json<{ enrolmentCode: string }>(
        `${server.api}/kiosks`,
        { name: 'Bench kiosk' },
        accessToken,
      );

      let core = await openKioskCore({ dataDir, sync: { pollMs: 3_600_000, pageSize: 5000 } });
      const t0 = performance.now();
      await core.handlers['station.enrol']({ apiUrl: server.api, code: enrolmentCode });
      const initialSeconds = (performance.now() - t0) / 1000;
      const found = await core.handlers['catalogue.search']({ query: `KD-${ASSETS}`, limit: 1 });
      if (found.assets.length !== 1) throw new Error('the initial sync did not bring the whole catalogue');
      await core.close();

      // Ten thousand loans made while the network was down, waiting in the outbox.
      const store = openStore(join(dataDir, 'kiosk.db'));
      const outbox = new Outbox(store.sqlite);
      const dueAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
      for (let i = 0; i < EVENTS; i++) {
        outbox.record({
          at: new Date().toISOString(),
          summary: `bench loan ${i}`,
          payload: {
            type: 'checkout',
            allocationId: newId(),
            personId: school.people[i % PEOPLE]!,
            assetIds: [school.assets[i]!],
            groupItemIds: [],
            dueAt,
            staff: null,
          },
        });
      }
      store.close();

      // Opening the core starts the drain; it ends when the outbox is empty (the pull after it is not counted).
      const t1 = performance.now();
      core = await openKioskCore({ dataDir, sync: { pollMs: 3_600_000 } });
      let drainedAt = 0;
      core.subscribe((m) => {
        if (m.event === 'sync' && m.data.pendingEvents === 0 && drainedAt === 0)
          drainedAt = performance.now();
      });
      const status = await core.handlers['sync.now']({});
      const drainSeconds = (drainedAt - t1) / 1000;
      await core.close();
      if (status.pendingEvents !== 0 || status.openConflicts !== 0) {
        throw new Error(
          `the drain left ${status.pendingEvents} pending and ${status.openConflicts} conflicts`,
        );
      }
      const open = await withPgClient(school.url, (c) =>
        c.query<{ n: string }>('SELECT count(*) AS n FROM allocation_asset_line WHERE returned_at IS NULL'),
      );
      if (Number(open.rows[0]!.n) !== EVENTS)
        throw new Error(`the server holds ${open.rows[0]!.n} of ${EVENTS} loans`);

      return [
        {
          name: 'kiosk.initial_sync_seconds',
          value: round(initialSeconds),
          unit: 's',
          floor: 15,
          better: 'lower',
        },
        {
          name: 'kiosk.outbox_drain_events_per_s',
          value: round(EVENTS / drainSeconds),
          unit: 'events/s',
          floor: 500,
          better: 'higher',
        },
      ];
    } finally {
      server.child.kill('SIGTERM');
      await once(server.child, 'exit');
      await withPgClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${school.name} WITH (FORCE)`));
    }
  },
};
export default bench;
