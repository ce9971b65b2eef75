import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LookupResult } from '../../domain/api/lookup.js';
import { Asset } from '../../domain/model/asset.js';
import { Person } from '../../domain/model/person.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { caller, errorCodeOf, type Caller } from '../testing/http.js';
import { signedInCast } from '../testing/test-people.js';

describe.each(databaseKinds)('GET /lookup on %s', (kind) => {
  let t: TestApp;
  let staff: Caller;
  let borrower: Caller;
  let camera: Asset;
  let pupil: Person;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const cast = await signedInCast(t.app, t.database.db);
    staff = caller(t.app, cast.staff.auth);
    borrower = caller(t.app, cast.borrower.auth);
    camera = Asset.parse(
      (
        await staff.post('/assets', { name: 'Canon R50', barcode: 'KD-1', rfid: 'E200-1', qrCode: 'QR-1' })
      ).json(),
    );
    pupil = Person.parse(
      (await staff.post('/people', { name: 'Amira', rfid: '0013961168', barcode: 'P-1' })).json(),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  const lookup = (code: string) => staff.get(`/lookup?code=${encodeURIComponent(code)}`);

  it('finds an asset by any of its labels', async () => {
    for (const code of ['KD-1', 'E200-1', 'QR-1', '  KD-1  ', 'kd-1', 'qr-1']) {
      expect(LookupResult.parse((await lookup(code)).json())).toEqual({ kind: 'asset', asset: camera });
    }
  });

  it('finds a person by card tap or card scan', async () => {
    for (const code of ['0013961168', 'P-1', 'p-1']) {
      expect(LookupResult.parse((await lookup(code)).json())).toEqual({ kind: 'person', person: pupil });
    }
  });

  it('follows a label when it moves to something else', async () => {
    await staff.patch(`/assets/${camera.id}`, { barcode: null });
    const other = Asset.parse((await staff.post('/assets', { name: 'Spare', barcode: 'KD-1' })).json());
    expect(LookupResult.parse((await lookup('KD-1')).json())).toMatchObject({
      kind: 'asset',
      asset: { id: other.id },
    });
  });

  it('answers 404 for a code nobody has, 400 for none, 403 for borrowers', async () => {
    const res = await lookup('NOPE-404');
    expect(res.statusCode).toBe(404);
    expect(errorCodeOf(res)).toBe('not_found');
    expect((await staff.get('/lookup')).statusCode).toBe(400);
    expect((await borrower.get('/lookup?code=KD-1')).statusCode).toBe(403);
  });
});
