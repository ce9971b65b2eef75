import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssetsPage, AssetWithLoan } from '../../domain/api/assets.js';
import { HistoryPage } from '../../domain/api/audit.js';
import { DisposalType, Location } from '../../domain/model/reference.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { caller, errorCodeOf, UNKNOWN_ID, type Caller } from '../testing/http.js';
import { signedInCast } from '../testing/test-people.js';

describe.each(databaseKinds)('assets on %s', (kind) => {
  let t: TestApp;
  let staff: Caller;
  let borrower: Caller;
  let shed: Location;
  let recycle: DisposalType;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const cast = await signedInCast(t.app, t.database.db);
    staff = caller(t.app, cast.staff.auth);
    borrower = caller(t.app, cast.borrower.auth);
    shed = Location.parse((await staff.post('/locations', { name: 'AV shed 2', area: 'MHS' })).json());
    recycle = DisposalType.parse((await staff.post('/disposal-types', { name: 'Recycle' })).json());
  });
  afterAll(async () => {
    await t?.close();
  });

  const add = async (over: object) => {
    const res = await staff.post('/assets', { name: 'Canon EOS R50', ...over });
    expect(res.statusCode).toBe(201);
    return AssetWithLoan.parse(res.json());
  };

  it('adds an asset with every field, defaults the rest, and reads it back', async () => {
    const light = await add({
      name: 'Lightstorm LS-300D',
      barcode: 'KD-00001',
      rfid: 'E2000017221101441890',
      qrCode: 'https://kitdesk.test/a/KD-00001',
      serialNumber: 'LS3-99812',
      manufacturer: 'Aputure',
      colour: 'black',
      purchaseDate: '2024-09-01',
      purchaseSupplier: 'CVP',
      warrantyDetails: '2 years',
      estimatedValuePence: 129_900,
      locationId: shed.id,
      homeLocationId: shed.id,
    });
    expect(light).toMatchObject({
      cannotLend: false,
      highValue: null,
      allocationId: null,
      disposalDate: null,
    });
    expect(AssetWithLoan.parse((await staff.get(`/assets/${light.id}`)).json())).toEqual(light);
  });

  it('edits an asset and keeps its history', async () => {
    const tripod = await add({ name: 'Manfrotto tripod' });
    const res = await staff.patch(`/assets/${tripod.id}`, { colour: 'silver', cannotLend: true });
    expect(AssetWithLoan.parse(res.json())).toMatchObject({
      colour: 'silver',
      cannotLend: true,
      name: 'Manfrotto tripod',
    });
    const history = HistoryPage.parse((await staff.get(`/assets/${tripod.id}/history`)).json());
    expect(history.items.map((e) => e.action)).toEqual(['asset.update', 'asset.create']);
  });

  it('keeps labels unique across assets and people', async () => {
    await add({ name: 'Zoom H5', barcode: 'KD-00077' });
    const clash = await staff.post('/assets', { name: 'Rode mic', qrCode: 'KD-00077' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.message).toContain('KD-00077');
    // The field that sent the value is named, so a form marks it there.
    expect(clash.json().error.details).toEqual({
      constraint: 'credential_pkey',
      issues: [{ path: 'qrCode', message: clash.json().error.message }],
    });
    const person = await staff.post('/people', { name: 'Card clash', rfid: 'KD-00077' });
    expect(person.statusCode).toBe(409);
    expect(person.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(['rfid']);
  });

  it('lists, searches by name or label, and filters by status and place', async () => {
    await add({ name: 'Sony FX30', barcode: 'KD-FX30', locationId: shed.id });
    await add({ name: 'Sony A7 IV', barcode: 'KD-A7', cannotLend: true });
    const sony = AssetsPage.parse((await staff.get('/assets?q=sony&pageSize=1')).json());
    expect(sony.total).toBe(2);
    expect(sony.items.map((a) => a.name)).toEqual(['Sony A7 IV']);
    const byLabel = AssetsPage.parse((await staff.get('/assets?q=KD-FX30')).json());
    expect(byLabel.items.map((a) => a.name)).toEqual(['Sony FX30']);
    const inShed = AssetsPage.parse((await staff.get(`/assets?locationId=${shed.id}&pageSize=200`)).json());
    expect(inShed.items.map((a) => a.name).sort()).toEqual(['Lightstorm LS-300D', 'Sony FX30']);
    const cannot = AssetsPage.parse((await staff.get('/assets?status=cannot_lend&pageSize=200')).json());
    expect(cannot.items.every((a) => a.cannotLend)).toBe(true);
    expect(cannot.items.length).toBeGreaterThanOrEqual(2);
  });

  it('sorts by a chosen column either way, with empty values last and ties by name', async () => {
    await add({ name: 'Zoom H6', serialNumber: 'SN-0001', modelId: 'H6' });
    await add({ name: 'Atomos Ninja', serialNumber: 'sn-0002', modelId: 'Ninja V' });
    const sorted = async (query: string) =>
      AssetsPage.parse((await staff.get(`/assets?pageSize=200&${query}`)).json()).items;
    const serials = async (order: string) => {
      const all = (await sorted(`sort=serialNumber&order=${order}`)).map((a) => a.serialNumber);
      expect(all[0]).not.toBeNull();
      expect(all.at(-1)).toBeNull();
      return all.filter((serial) => serial?.toLowerCase().startsWith('sn-'));
    };
    expect(await serials('asc')).toEqual(['SN-0001', 'sn-0002']);
    expect(await serials('desc')).toEqual(['sn-0002', 'SN-0001']);
    const names = (await sorted('sort=name&order=desc')).map((a) => a.name.toLowerCase());
    expect(names).toEqual([...names].sort().reverse());
    expect((await staff.get('/assets?sort=colour')).statusCode).toBe(400);
  });

  it('disposes of an asset with date, reason and type, after which it is out of service', async () => {
    const old = await add({ name: 'Old camcorder', barcode: 'KD-OLD' });
    const res = await staff.post(`/assets/${old.id}/dispose`, {
      date: '2026-11-20',
      reason: 'Lens mount cracked',
      disposalTypeId: recycle.id,
    });
    expect(res.statusCode).toBe(200);
    expect(AssetWithLoan.parse(res.json())).toMatchObject({
      disposalDate: '2026-11-20',
      disposalReason: 'Lens mount cracked',
      disposalTypeId: recycle.id,
    });
    const again = await staff.post(`/assets/${old.id}/dispose`, {
      date: '2026-11-21',
      reason: 'Again',
      disposalTypeId: recycle.id,
    });
    expect(again.statusCode).toBe(409);
    const disposed = AssetsPage.parse((await staff.get('/assets?status=disposed')).json());
    expect(disposed.items.map((a) => a.id)).toEqual([old.id]);
    const available = AssetsPage.parse((await staff.get('/assets?status=available&pageSize=200')).json());
    expect(available.items.map((a) => a.id)).not.toContain(old.id);
  });

  it('validates requests and names references that do not exist', async () => {
    expect((await staff.post('/assets', {})).statusCode).toBe(400);
    expect((await staff.post('/assets', { name: 'x', estimatedValuePence: 12.5 })).statusCode).toBe(400);
    const sneaky = await staff.post('/assets', { name: 'x', allocationId: UNKNOWN_ID });
    expect(AssetWithLoan.parse(sneaky.json()).allocationId).toBeNull();
    const ghostPlace = await staff.post('/assets', { name: 'x', locationId: UNKNOWN_ID });
    expect(ghostPlace.statusCode).toBe(400);
    expect(ghostPlace.json().error.details).toEqual({
      issues: [{ path: 'locationId', message: expect.stringContaining('choose one that exists') }],
    });
    expect((await staff.get('/assets?status=lost')).statusCode).toBe(400);
    const target = await add({ name: 'Target' });
    expect((await staff.post(`/assets/${target.id}/dispose`, { date: 'yesterday' })).statusCode).toBe(400);
    expect((await staff.patch(`/assets/${UNKNOWN_ID}`, { name: 'y' })).statusCode).toBe(404);
    expect(errorCodeOf(await staff.get(`/assets/${UNKNOWN_ID}`))).toBe('not_found');
  });

  it('is for staff', async () => {
    expect((await borrower.get('/assets')).statusCode).toBe(403);
    expect((await borrower.post('/assets', { name: 'x' })).statusCode).toBe(403);
    expect((await caller(t.app).get(`/assets/${UNKNOWN_ID}`)).statusCode).toBe(401);
  });
});
