import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database.js';
import { startServer, type RunningServer } from '../server.js';
import { caller } from '../testing/http.js';
import {
  databaseKinds,
  openTestDatabase,
  postgresAvailable,
  type TestDatabase,
} from '../testing/test-databases.js';
import { enrolKiosk, openStream, type TestKiosk } from '../testing/test-kiosk.js';
import { signedInCast, type SignedIn } from '../testing/test-people.js';
import { testSettings } from '../testing/test-settings.js';

describe.each(databaseKinds)('GET /sync/stream on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let cast: { admin: SignedIn; staff: SignedIn; borrower: SignedIn };
  let kiosk: TestKiosk;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startServer({ db: database, settings: testSettings() });
    cast = await signedInCast(server.app, database.db);
    kiosk = await enrolKiosk(server.app, cast.admin.auth, 'Corridor kiosk');
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it('announces the latest change at once and every newer one as it commits', async () => {
    const stream = await openStream(server.url, kiosk.auth);
    expect(stream.contentType).toMatch(/^text\/event-stream/);
    const start = await stream.next();
    const staff = caller(server.app, cast.staff.auth);
    await staff.post('/locations', { name: 'Library' });
    const after = await stream.next(start + 1);
    expect(after).toBeGreaterThan(start);
    stream.close();
  });

  it('is for kiosks and admins', async () => {
    expect((await fetch(`${server.url}/sync/stream`)).status).toBe(401);
    const staff = await fetch(`${server.url}/sync/stream`, { headers: cast.staff.auth });
    expect(staff.status).toBe(403);
  });

  it('closing the server ends open streams instead of waiting for them', async () => {
    const spare = await startServer({ db: database, settings: testSettings() });
    const stream = await openStream(spare.url, kiosk.auth);
    await stream.next();
    await spare.close();
    await expect(stream.next(Number.MAX_SAFE_INTEGER)).rejects.toThrow();
  });
});

describe.skipIf(!postgresAvailable)('change nudges across API replicas on PostgreSQL', () => {
  let database: TestDatabase;
  let secondConnection: Database;
  let replicaA: RunningServer;
  let replicaB: RunningServer;
  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    secondConnection = await openDatabase({ url: database.url! });
    replicaA = await startServer({ db: database, settings: testSettings() });
    replicaB = await startServer({ db: secondConnection, settings: testSettings() });
  });
  afterAll(async () => {
    await replicaB?.close();
    await replicaA?.close();
    await secondConnection?.close();
    await database?.close();
  });

  it('a change made through one replica reaches kiosks streaming from another', async () => {
    const cast = await signedInCast(replicaA.app, database.db);
    const kiosk = await enrolKiosk(replicaA.app, cast.admin.auth, 'Kiosk on B');
    const stream = await openStream(replicaB.url, kiosk.auth);
    const start = await stream.next();
    const made = await caller(replicaA.app, cast.staff.auth).post('/locations', { name: 'Made on A' });
    expect(made.statusCode).toBe(201);
    expect(await stream.next(start + 1)).toBeGreaterThan(start);
    stream.close();
  });
});
