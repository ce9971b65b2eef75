import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { newId, reason, type StandingLoan } from '../../../domain/index.js';
import { anAssetRow } from '../../../domain/testing/catalogue-builders.js';
import { StaffSession } from '../staff/staff-session.js';
import { Outbox } from '../store/outbox.js';
import { schoolFixture, seededStore } from '../testing/catalogue-fixture.js';
import { ManualClock } from '../testing/manual-clock.js';
import { ConflictResolver } from './conflict-resolver.js';

type Request = { method: string; path: string; auth: string | undefined; body: unknown };

const staffPerson = {
  id: newId(),
  name: 'Ms Okafor',
  email: 'okafor@school.test',
  department: null,
  school: null,
  lend: true,
  staff: true,
  isAdmin: false,
  canLogIn: true,
  rfid: null,
  barcode: null,
  leftAt: null,
  erasedAt: null,
};

/** The API's answer to a return of an item that is in: someone closed the loan in the console meanwhile. */
const notOnLoanReason = reason({
  code: 'asset_not_on_loan',
  asset: { id: newId(), name: 'Canon EOS R50' },
});
const notOnLoan = {
  error: {
    code: 'refused_by_rules',
    message: `The return was refused. ${notOnLoanReason.message}`,
    details: { refusals: [notOnLoanReason], kits: [] },
  },
};

/** The central API's lending routes as far as the resolver uses them: it records each request it gets. */
async function centralStandIn(refusing: readonly string[]) {
  const requests: Request[] = [];
  const answers: Record<string, unknown> = {
    'POST /auth/login': {
      tokenType: 'Bearer',
      accessToken: 'staff-access-token',
      expiresIn: 900,
      refreshToken: 'staff-refresh-token-0123456789',
      refreshExpiresAt: '2030-01-01T00:00:00.000Z',
      person: staffPerson,
      roles: ['staff'],
    },
    'POST /returns': { returned: [], returnedGroupItemIds: [], closedAllocationIds: [], notices: [] },
    'POST /loans': {
      allocation: {
        id: newId(),
        personId: newId(),
        outAt: '2026-11-24T10:00:00.000Z',
        dueAt: '2026-11-27T10:00:00.000Z',
        returnedAt: null,
        kioskId: null,
        overrideById: staffPerson.id,
        overrideReason: 'Lent at a kiosk',
      },
      assetLines: [],
      itemLines: [],
      notices: [],
    },
  };
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      const path = req.url ?? '/';
      requests.push({
        method: req.method ?? '',
        path,
        auth: req.headers.authorization,
        body: text && JSON.parse(text),
      });
      const key = `${req.method} ${path.startsWith('/assets/') ? '/assets/:id' : path}`;
      const answer = key === 'PATCH /assets/:id' ? anAssetRow({ id: path.split('/')[2] }) : answers[key];
      const refused = refusing.includes(key);
      res.writeHead(refused ? 422 : answer ? (key === 'POST /loans' ? 201 : 200) : 404, {
        'content-type': 'application/json',
      });
      res.end(
        JSON.stringify(
          refused ? notOnLoan : (answer ?? { error: { code: 'not_found', message: 'No such route.' } }),
        ),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, requests };
}

describe('ConflictResolver', () => {
  let server: Server | null = null;
  afterEach(async () => {
    const s = server;
    if (!s) return;
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  });

  /** `refusing`: the routes that answer 422 "not on loan", as when someone closed the loan meanwhile. */
  async function refusedLoan(refusing: readonly string[] = []) {
    const central = await centralStandIn(refusing);
    server = central.server;
    const school = schoolFixture();
    const { store, ledger } = seededStore(school.changes);
    const locationId = newId();
    ledger.enrolled(central.url, { kioskId: newId(), name: 'Hall kiosk', locationId, token: 'k'.repeat(40) });
    const clock = new ManualClock();
    const recordedAt = new Date(clock.now()).toISOString();
    const payload = {
      type: 'checkout' as const,
      allocationId: newId(),
      personId: school.pupil.id,
      assetIds: [school.camera.id],
      groupItemIds: [],
      dueAt: '2026-11-27T10:00:00.000Z',
      staff: null,
    };
    const { eventId } = new Outbox(store.sqlite).record({
      at: recordedAt,
      payload,
      summary: 'Amira Khan: Canon EOS R50',
    });
    const standing: StandingLoan = {
      asset: { id: school.camera.id, name: 'Canon EOS R50' },
      assetTag: 'KD-00001',
      allocationId: newId(),
      borrower: { id: newId(), name: 'Sam Lee' },
      outAt: '2026-11-24T08:40:00.000Z',
      dueAt: '2026-11-26T08:40:00.000Z',
      kiosk: { id: newId(), name: 'Library kiosk' },
    };
    const why = reason({ code: 'asset_on_loan', asset: standing.asset, toThisBorrower: false });
    clock.advance(60_000);
    ledger.recordResults(
      [{ eventId, status: 'rejected', reasons: [why], message: why.message, standing: [standing] }],
      new Date(clock.now()).toISOString(),
    );
    const staff = new StaffSession(() => ledger.state().apiUrl, clock);
    let pulls = 0;
    const resolver = new ConflictResolver({ ledger, staff, clock, afterChange: () => pulls++ });
    const [conflict] = ledger.conflicts();
    return {
      central,
      school,
      ledger,
      staff,
      clock,
      resolver,
      conflict: conflict!,
      standing,
      locationId,
      recordedAt,
      pulls: () => pulls,
    };
  }

  it('keeps who and what the refused loan was about, when it was recorded, and who has the item instead', async () => {
    const { conflict, school, standing, recordedAt } = await refusedLoan();
    expect(conflict).toMatchObject({
      status: 'open',
      recordedAt,
      kioskName: 'Hall kiosk',
      borrower: { id: school.pupil.id, name: 'Amira Khan' },
      assets: [{ id: school.camera.id, name: 'Canon EOS R50', tag: 'KD-00001' }],
      standing: [standing],
      resolvedBy: null,
    });
    expect(conflict.at > conflict.recordedAt).toBe(true);
  });

  it('refuses to resolve until a member of staff is signed in, and changes nothing', async () => {
    const { resolver, conflict, central, ledger } = await refusedLoan();
    await expect(resolver.resolve(conflict.id, { kind: 'return-standing' })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    expect(central.requests).toEqual([]);
    expect(ledger.conflict(conflict.id)?.status).toBe('open');
  });

  it('records the other loan’s return at this station in the staff member’s name, then says who did it', async () => {
    const { resolver, conflict, central, staff, ledger, locationId, school, pulls } = await refusedLoan();
    await staff.signIn('okafor@school.test', 'a-long-password');
    const [after] = await resolver.resolve(conflict.id, { kind: 'return-standing' });
    const returns = central.requests.filter((r) => r.path === '/returns');
    expect(returns).toEqual([
      {
        method: 'POST',
        path: '/returns',
        auth: 'Bearer staff-access-token',
        body: { items: [{ assetId: school.camera.id }], partial: true, locationId },
      },
    ]);
    expect(after).toMatchObject({
      status: 'resolved',
      resolvedBy: 'Ms Okafor',
      resolution: 'Recorded the return of Canon EOS R50 from Sam Lee.',
    });
    // The record keeps who the central system said had it.
    expect(after?.standing.map((l) => l.borrower.name)).toEqual(['Sam Lee']);
    expect(after?.resolvedAt).not.toBeNull();
    expect(ledger.openConflictCount()).toBe(0);
    expect(pulls()).toBe(1);
  });

  it('lends it to the refused borrower after closing the other loan, as an override that says why', async () => {
    const { resolver, conflict, central, staff, school } = await refusedLoan();
    await staff.signIn('okafor@school.test', 'a-long-password');
    const [after] = await resolver.resolve(conflict.id, { kind: 'lend-to-borrower' });
    expect(central.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /auth/login',
      'POST /returns',
      'POST /loans',
    ]);
    expect(central.requests[2]?.body).toMatchObject({
      borrower: { personId: school.pupil.id },
      items: [{ assetId: school.camera.id }],
      overrideReason: expect.stringContaining('Hall kiosk'),
    });
    expect(after?.resolution).toBe(
      'Recorded the return of Canon EOS R50 from Sam Lee and lent it to Amira Khan.',
    );
  });

  it('still lends it when the other loan was closed meanwhile: the return it finds done is no failure', async () => {
    const { resolver, conflict, central, staff } = await refusedLoan(['POST /returns']);
    await staff.signIn('okafor@school.test', 'a-long-password');
    const [after] = await resolver.resolve(conflict.id, { kind: 'lend-to-borrower' });
    expect(central.requests.map((r) => r.path)).toEqual(['/auth/login', '/returns', '/loans']);
    expect(after?.status).toBe('resolved');
  });

  it('leaves it open when the central system refuses the fix, with the refusal to read', async () => {
    const { resolver, conflict, staff, ledger } = await refusedLoan(['POST /loans']);
    await staff.signIn('okafor@school.test', 'a-long-password');
    await expect(resolver.resolve(conflict.id, { kind: 'lend-to-borrower' })).rejects.toMatchObject({
      code: 'refused_by_rules',
      message: expect.stringContaining('Canon EOS R50 is not on loan'),
    });
    expect(ledger.conflict(conflict.id)).toMatchObject({ status: 'open', resolvedBy: null });
  });

  it('takes a typed reason when nothing changes centrally, and sends nothing', async () => {
    const { resolver, conflict, central, staff } = await refusedLoan();
    await staff.signIn('okafor@school.test', 'a-long-password');
    const [after] = await resolver.resolve(conflict.id, { kind: 'reason', reason: 'Spoke to the borrower' });
    expect(central.requests.map((r) => r.path)).toEqual(['/auth/login']);
    expect(after).toMatchObject({
      status: 'resolved',
      resolution: 'Spoke to the borrower',
      resolvedBy: 'Ms Okafor',
    });
  });

  it('marks the items found at this station', async () => {
    const { resolver, conflict, central, staff, school, locationId } = await refusedLoan();
    await staff.signIn('okafor@school.test', 'a-long-password');
    const [after] = await resolver.resolve(conflict.id, { kind: 'mark-found' });
    expect(central.requests.at(-1)).toMatchObject({
      method: 'PATCH',
      path: `/assets/${school.camera.id}`,
      body: { locationId },
    });
    expect(after?.resolution).toBe('Marked Canon EOS R50 as found here.');
  });
});
