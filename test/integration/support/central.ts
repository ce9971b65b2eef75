/** A real central API on a real database (PGlite, or PostgreSQL under TEST_DATABASE_URL) for cross-process tests. */
import { and, eq, isNull } from 'drizzle-orm';
import { request } from 'undici';
import { createAdmin } from '../../../central-api/auth/first-admin.js';
import { allocation, allocationAssetLine, allocationItemLine } from '../../../central-api/db/schema/index.js';
import type { Mailer } from '../../../central-api/reminders/mailer.js';
import { startServer, type RunningServer } from '../../../central-api/server.js';
import {
  openTestDatabase,
  type DatabaseKind,
  type TestDatabase,
} from '../../../central-api/testing/test-databases.js';
import { testSettings } from '../../../central-api/testing/test-settings.js';

export type Central = {
  url: string;
  database: TestDatabase;
  /** Calls the API as the admin; throws with the answer's body on any non-2xx. */
  api<T = unknown>(method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, body?: unknown): Promise<T>;
  /** Takes the API down (the database stays), like a dead network for every kiosk. */
  stop(): Promise<void>;
  /** Brings it back on the same port. */
  restart(): Promise<void>;
  close(): Promise<void>;
};

/**
 * Closes the API like a pulled cable: once it stops listening, every connection still open is cut. A
 * graceful close would wait for each client to let go, and a kiosk's HTTP client can keep a connection
 * on which it never sends a request (undici opens one as its event stream is closed) for seconds.
 */
async function cutOff(server: RunningServer): Promise<void> {
  let closed = false;
  const closing = server.close().finally(() => {
    closed = true;
  });
  while (!closed) {
    if (!server.app.server.listening) server.app.server.closeAllConnections();
    await Promise.race([closing, new Promise((r) => setTimeout(r, 10))]);
  }
  await closing;
}

export type CentralOptions = {
  /** The server's clock, for a test that needs something to have happened days ago. */
  now?: () => Date;
  /** Where reminder emails go; without one the API sends none. */
  mailer?: Mailer;
  /** The built admin console to serve at /admin/. */
  adminConsoleDir?: string;
};

/** The test school's admin (a member of staff too), for tests that sign in as a person would. */
export const ADMIN = { email: 'admin@school.test', name: 'Admin', password: 'a-long-test-password' };

export async function startCentral(
  kind: DatabaseKind = 'pglite',
  options: CentralOptions = {},
): Promise<Central> {
  const database = await openTestDatabase(kind);
  const password = ADMIN.password;
  await createAdmin(database.db, ADMIN);
  const serve = (port?: number) =>
    startServer({
      db: database,
      port,
      now: options.now,
      mailer: options.mailer,
      adminConsoleDir: options.adminConsoleDir,
      settings: testSettings({ signInLimit: { max: 1000, windowMs: 60_000 } }),
    });
  let server: RunningServer | null = await serve();
  const port = server.port;
  const url = server.url;
  let token = '';

  const api = async <T>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    path: string,
    body?: unknown,
  ): Promise<T> => {
    const res = await request(`${url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.body.text();
    if (res.statusCode >= 300) throw new Error(`${method} ${path} answered ${res.statusCode}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
  token = (
    await api<{ accessToken: string }>('POST', '/auth/login', { email: 'admin@school.test', password })
  ).accessToken;

  return {
    url,
    database,
    api,
    async stop() {
      if (server) await cutOff(server);
      server = null;
    },
    async restart() {
      server = await serve(port);
    },
    async close() {
      if (server) await cutOff(server);
      await database.close();
    },
  };
}

type Created = { id: string };

/** The school of the kiosk tests, made through the API as an admin would: one kit, loose items, three people. */
export async function seedSchool(c: Central) {
  const kit = await c.api<Created>('POST', '/groups', { name: 'Aperture LS 300D' });
  const member = (name: string, barcode: string) =>
    c.api<Created>('POST', '/assets', { name, barcode, groupId: kit.id, estimatedValuePence: 20_000 });
  const members = [
    await member('LS 300D light', 'KD-00101'),
    await member('Yoke', 'KD-00102'),
    await member('Power adapter', 'KD-00103'),
  ];
  const items = [
    await c.api<Created>('POST', `/groups/${kit.id}/items`, { name: 'Power cable' }),
    await c.api<Created>('POST', `/groups/${kit.id}/items`, { name: 'Reflector' }),
  ];
  const camera = await c.api<Created>('POST', '/assets', {
    name: 'Canon EOS R50',
    barcode: 'KD-00001',
    estimatedValuePence: 65_000,
  });
  const monitor = await c.api<Created>('POST', '/assets', {
    name: 'Studio monitor',
    barcode: 'KD-00003',
    cannotLend: true,
  });
  const pupil = await c.api<Created>('POST', '/people', { name: 'Amira Khan', rfid: '67003B51C6' });
  const other = await c.api<Created>('POST', '/people', { name: 'Ben Ortiz', rfid: '1234567890' });
  const teacher = await c.api<Created>('POST', '/people', {
    name: 'Ms Okafor',
    rfid: '4B00423C15',
    staff: true,
  });
  return { kit, members, items, camera, monitor, pupil, other, teacher };
}

/** A kiosk registered by the admin: the one-time code to type into it. */
export async function enrolmentCode(
  c: Central,
  name: string,
  locationId: string | null = null,
): Promise<string> {
  return (await c.api<{ enrolmentCode: string }>('POST', '/kiosks', { name, locationId })).enrolmentCode;
}

/** Loan lines of an asset on the server that have not come back, counted in the database itself. */
export async function openLinesOnServer(c: Central, assetId: string): Promise<number> {
  const rows = await c.database.db
    .select()
    .from(allocationAssetLine)
    .where(and(eq(allocationAssetLine.assetId, assetId), isNull(allocationAssetLine.returnedAt)));
  return rows.length;
}

/** Loan lines of a kit's untagged accessory on the server that have not come back. */
export async function openItemLinesOnServer(c: Central, groupItemId: string): Promise<number> {
  const rows = await c.database.db
    .select()
    .from(allocationItemLine)
    .where(and(eq(allocationItemLine.groupItemId, groupItemId), isNull(allocationItemLine.returnedAt)));
  return rows.length;
}

/** A person's loans on the server that are still open: something on them has not come back. */
export async function openLoansOnServer(c: Central, personId: string): Promise<number> {
  const rows = await c.database.db
    .select()
    .from(allocation)
    .where(and(eq(allocation.personId, personId), isNull(allocation.returnedAt)));
  return rows.length;
}
