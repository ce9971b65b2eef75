/**
 * Every route, refused the way it should be: without a token (401), with a role that lacks its permission
 * (403), and with input that does not match its schema (400), each answered as ApiErrorBody. The table
 * must name every route in the OpenAPI document, so a new route cannot skip these checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../domain/api-error.js';
import { startTestApp, type TestApp } from './testing/test-app.js';
import { databaseKinds } from './testing/test-databases.js';
import { UNKNOWN_ID } from './testing/http.js';
import { enrolKiosk } from './testing/test-kiosk.js';
import { signedInCast } from './testing/test-people.js';

type Role = 'admin' | 'staff' | 'borrower' | 'kiosk';
type Invalid = { path?: string; query?: string; body?: unknown };
/** `deniedTo` is a role refused with 403; null for public routes. `invalid` is null for routes with no input. */
type Expectation = { deniedTo: Role | null; allowedTo: Role | 'anyone'; invalid: Invalid | null };

const NOT_AN_OBJECT = ['not', 'an', 'object'];
const BAD_ID = { path: 'not-a-uuid' };

const routes: Record<string, Expectation> = {
  'GET /health': { deniedTo: null, allowedTo: 'anyone', invalid: null },
  'GET /auth/csrf': { deniedTo: null, allowedTo: 'anyone', invalid: null },
  'POST /auth/login': { deniedTo: null, allowedTo: 'anyone', invalid: { body: { email: 'x' } } },
  'POST /auth/refresh': { deniedTo: null, allowedTo: 'anyone', invalid: { body: {} } },
  'POST /auth/logout': { deniedTo: null, allowedTo: 'anyone', invalid: { body: {} } },
  'GET /auth/me': { deniedTo: 'kiosk', allowedTo: 'borrower', invalid: null },
  'PUT /people/{id}/password': {
    deniedTo: 'staff',
    allowedTo: 'admin',
    invalid: { body: { password: 'short' } },
  },
  'PUT /people/{id}/staff-pin': {
    deniedTo: 'borrower',
    allowedTo: 'staff',
    invalid: { body: { pin: '12' } },
  },
  'POST /kiosks/staff-sign-in': {
    deniedTo: 'staff',
    allowedTo: 'kiosk',
    invalid: { body: { card: 'AB12', pin: 'x' } },
  },
  'POST /kiosks': { deniedTo: 'staff', allowedTo: 'admin', invalid: { body: { name: '' } } },
  'GET /kiosks': { deniedTo: 'staff', allowedTo: 'admin', invalid: null },
  'POST /kiosks/{id}/enrolment-code': { deniedTo: 'staff', allowedTo: 'admin', invalid: BAD_ID },
  'POST /kiosks/{id}/revoke': { deniedTo: 'staff', allowedTo: 'admin', invalid: BAD_ID },
  'POST /kiosks/enrol': { deniedTo: null, allowedTo: 'anyone', invalid: { body: { code: 'x' } } },
  'GET /kiosks/me': { deniedTo: 'admin', allowedTo: 'kiosk', invalid: null },
  'GET /people': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { query: 'page=0' } },
  'POST /people': { deniedTo: 'kiosk', allowedTo: 'staff', invalid: { body: { school: 'Belmont' } } },
  'GET /people/{id}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: BAD_ID },
  'GET /people/{id}/loans': { deniedTo: 'borrower', allowedTo: 'staff', invalid: BAD_ID },
  'PATCH /people/{id}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { body: NOT_AN_OBJECT } },
  'GET /assets': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { query: 'status=lost' } },
  'POST /assets': { deniedTo: 'kiosk', allowedTo: 'staff', invalid: { body: { colour: 'red' } } },
  'GET /assets/{id}': { deniedTo: 'kiosk', allowedTo: 'staff', invalid: BAD_ID },
  'PATCH /assets/{id}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { body: { cannotLend: 'no' } } },
  'POST /assets/{id}/dispose': {
    deniedTo: 'borrower',
    allowedTo: 'staff',
    invalid: { body: { reason: 'x' } },
  },
  'GET /groups': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { query: 'pageSize=201' } },
  'POST /groups': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { body: {} } },
  'GET /groups/{id}': { deniedTo: 'kiosk', allowedTo: 'staff', invalid: BAD_ID },
  'PATCH /groups/{id}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { body: { name: '' } } },
  'POST /groups/{id}/items': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { body: {} } },
  'PATCH /group-items/{id}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { body: { name: 7 } } },
  'DELETE /group-items/{id}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: BAD_ID },
  'POST /groups/{id}/members': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { body: {} } },
  'DELETE /groups/{id}/members/{assetId}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: BAD_ID },
  'PUT /groups/{id}/items/order': {
    deniedTo: 'kiosk',
    allowedTo: 'staff',
    invalid: { body: { itemIds: ['x'] } },
  },
  'GET /locations': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { query: 'page=x' } },
  'POST /locations': { deniedTo: 'kiosk', allowedTo: 'staff', invalid: { body: {} } },
  'GET /locations/{id}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: BAD_ID },
  'PATCH /locations/{id}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { body: { area: 1 } } },
  'DELETE /locations/{id}': { deniedTo: 'kiosk', allowedTo: 'staff', invalid: BAD_ID },
  'GET /asset-types': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { query: 'page=-1' } },
  'POST /asset-types': {
    deniedTo: 'borrower',
    allowedTo: 'staff',
    invalid: { body: { name: 'x', loanPeriodHours: -1 } },
  },
  'GET /asset-types/{id}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: BAD_ID },
  'PATCH /asset-types/{id}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { body: NOT_AN_OBJECT } },
  'DELETE /asset-types/{id}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: BAD_ID },
  'GET /disposal-types': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { query: 'pageSize=0' } },
  'POST /disposal-types': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { body: { name: '' } } },
  'GET /disposal-types/{id}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: BAD_ID },
  'DELETE /disposal-types/{id}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: BAD_ID },
  'PATCH /disposal-types/{id}': {
    deniedTo: 'borrower',
    allowedTo: 'staff',
    invalid: { body: NOT_AN_OBJECT },
  },
  'GET /lookup': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { query: 'code=' } },
  'POST /loans': { deniedTo: 'kiosk', allowedTo: 'staff', invalid: { body: { items: [] } } },
  'POST /returns': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { body: { items: [] } } },
  'GET /audit/verify': { deniedTo: 'staff', allowedTo: 'admin', invalid: null },
  'GET /assets/{id}/history': { deniedTo: 'borrower', allowedTo: 'staff', invalid: BAD_ID },
  'GET /people/{id}/history': { deniedTo: 'kiosk', allowedTo: 'staff', invalid: BAD_ID },
  'GET /reports/overdue': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { query: 'format=xml' } },
  'GET /reports/loans-over-time': {
    deniedTo: 'kiosk',
    allowedTo: 'staff',
    invalid: { query: 'interval=month' },
  },
  'GET /reports/utilisation/assets': {
    deniedTo: 'borrower',
    allowedTo: 'staff',
    invalid: { query: 'from=1.3.25' },
  },
  'GET /reports/utilisation/asset-types': {
    deniedTo: 'borrower',
    allowedTo: 'staff',
    invalid: { query: 'from=2025-03-02&to=2025-03-01' },
  },
  'GET /reports/top-borrowers': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { query: 'limit=0' } },
  'GET /reports/never-lent': { deniedTo: 'kiosk', allowedTo: 'staff', invalid: { query: 'school=Belmont' } },
  'GET /reports/away-from-home': {
    deniedTo: 'borrower',
    allowedTo: 'staff',
    invalid: { query: 'locationId=x' },
  },
  'GET /reports/missing-accessories': {
    deniedTo: 'borrower',
    allowedTo: 'staff',
    invalid: { query: 'to=soon' },
  },
  'POST /imports/people': { deniedTo: 'staff', allowedTo: 'admin', invalid: { query: 'commit=maybe' } },
  'POST /imports/assets': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { body: { name: 'Tripod' } } },
  'GET /imports/{kind}/template': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { path: 'kiosks' } },
  'GET /exports/people': { deniedTo: 'staff', allowedTo: 'admin', invalid: null },
  'GET /exports/{table}': { deniedTo: 'borrower', allowedTo: 'staff', invalid: { path: 'kiosks' } },
  'GET /people/{id}/export': { deniedTo: 'staff', allowedTo: 'admin', invalid: BAD_ID },
  'POST /people/{id}/erase': { deniedTo: 'staff', allowedTo: 'admin', invalid: BAD_ID },
  'POST /privacy/retention/run': { deniedTo: 'staff', allowedTo: 'admin', invalid: null },
  'PUT /assets/{id}/picture': {
    deniedTo: 'borrower',
    allowedTo: 'staff',
    invalid: { body: { picture: 'x' } },
  },
  'GET /assets/{id}/picture': { deniedTo: 'kiosk', allowedTo: 'staff', invalid: BAD_ID },
  'DELETE /assets/{id}/picture': { deniedTo: 'borrower', allowedTo: 'staff', invalid: BAD_ID },
  'POST /reminders/run': { deniedTo: 'staff', allowedTo: 'admin', invalid: null },
  'POST /loans/{id}/remind': { deniedTo: 'borrower', allowedTo: 'staff', invalid: BAD_ID },
  'GET /reminders/emails': { deniedTo: 'staff', allowedTo: 'admin', invalid: { query: 'kind=postcard' } },
  'GET /sync/changes': { deniedTo: 'staff', allowedTo: 'kiosk', invalid: { query: 'after=-5' } },
  'POST /sync/events': { deniedTo: 'admin', allowedTo: 'kiosk', invalid: { body: { events: [] } } },
  'GET /sync/stream': { deniedTo: 'borrower', allowedTo: 'kiosk', invalid: null },
};

describe.each(databaseKinds)('every route’s refusals on %s', (kind) => {
  let t: TestApp;
  let auth: Record<Role, Record<string, string>>;
  let documented: string[];
  beforeAll(async () => {
    t = await startTestApp(kind);
    const cast = await signedInCast(t.app, t.database.db);
    const kiosk = await enrolKiosk(t.app, cast.admin.auth, 'Matrix kiosk');
    auth = {
      admin: cast.admin.auth,
      staff: cast.staff.auth,
      borrower: cast.borrower.auth,
      kiosk: kiosk.auth,
    };
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, object>;
    }>();
    documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  const call = (route: string, headers: Record<string, string>, input: Invalid = {}) => {
    const [method, template] = route.split(' ') as [string, string];
    const url =
      template.replaceAll(/\{\w+\}/g, input.path ?? UNKNOWN_ID) + (input.query ? `?${input.query}` : '');
    const body =
      input.body === undefined ? (['POST', 'PUT', 'PATCH'].includes(method) ? {} : undefined) : input.body;
    return t.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
  };
  const expectError = (
    res: { statusCode: number; json(): unknown },
    status: number,
    code: string,
    route: string,
  ) => {
    expect(res.statusCode, route).toBe(status);
    expect(ApiErrorBody.parse(res.json()).error.code, route).toBe(code);
  };

  it('the table covers exactly the documented routes', () => {
    expect(documented.sort()).toEqual(Object.keys(routes).sort());
  });

  it.each(Object.entries(routes))('%s', async (route, expectation) => {
    if (expectation.allowedTo !== 'anyone') {
      expectError(await call(route, {}), 401, 'unauthenticated', route);
      expectError(
        await call(route, { authorization: 'Bearer kdk_not-a-real-kiosk' }),
        401,
        'unauthenticated',
        route,
      );
    }
    if (expectation.deniedTo)
      expectError(await call(route, auth[expectation.deniedTo]), 403, 'forbidden', route);
    if (expectation.invalid) {
      const who = expectation.allowedTo === 'anyone' ? {} : auth[expectation.allowedTo];
      expectError(await call(route, who, expectation.invalid), 400, 'validation_failed', route);
    }
  });
});
