import { describe, expect, it } from 'vitest';
import { AssetDetail, AssetsPage, EditConflictDetails } from '../../domain/api/assets.js';
import { HistoryPage } from '../../domain/api/audit.js';
import { ApiErrorBody } from '../../domain/api-error.js';
import { withCatalogueCast } from '../testing/staff-and-borrower.js';
import { databaseKinds } from '../testing/test-databases.js';

const HOUR = 3_600_000;

describe.each(databaseKinds)('the console’s asset list and page on %s', (kind) => {
  let clockOffset = 0;
  const s = withCatalogueCast(kind, {
    now: () => new Date(Date.now() + clockOffset),
    settings: { accessTokenTtlSeconds: 30 * 86_400 },
  });

  const detail = async (id: string) => AssetDetail.parse((await s.staff.get(`/assets/${id}`)).json());
  const ids = async (query: string) =>
    AssetsPage.parse((await s.staff.get(`/assets?pageSize=200&${query}`)).json()).items.map((a) => a.id);

  it('filters by home and by high value, a person’s choice outranking the value', async () => {
    const dear = await s.c.asset('Cine lens', {
      estimatedValuePence: 250_000,
      homeLocationId: s.c.studio.id,
    });
    const forcedLow = await s.c.asset('Insured lens', { estimatedValuePence: 250_000, highValue: false });
    const forcedHigh = await s.c.asset('Prototype rig', { estimatedValuePence: 100, highValue: true });
    const cheap = await s.c.asset('Lens cloth', { estimatedValuePence: null });
    const high = await ids('highValue=true');
    expect(high).toEqual(expect.arrayContaining([dear.id, forcedHigh.id]));
    expect(high).not.toContain(forcedLow.id);
    expect(high).not.toContain(cheap.id);
    const low = await ids('highValue=false');
    expect(low).toEqual(expect.arrayContaining([forcedLow.id, cheap.id]));
    expect(low).not.toContain(dear.id);
    expect(await ids(`homeLocationId=${s.c.studio.id}`)).toEqual([dear.id]);
    expect((await s.staff.get('/assets?highValue=maybe')).statusCode).toBe(400);
  });

  it('shows the loan holding an asset, with its borrower, and lists it as overdue once due', async () => {
    const pupil = await s.c.person('Priya Shah');
    const mic = await s.c.asset('Rode NTG', { assetTypeId: s.c.cameras.id });
    const lent = await s.staff.post('/loans', {
      borrower: { credential: pupil.rfid },
      items: [{ code: mic.barcode }],
    });
    expect(lent.statusCode).toBe(201);
    const out = await detail(mic.id);
    expect(out.loan).toMatchObject({ borrowerId: pupil.id, borrowerName: 'Priya Shah' });
    expect(out.allocationId).toBe(out.loan?.allocationId);
    expect(Date.parse(out.loan!.dueAt) - Date.parse(out.loan!.outAt)).toBe(72 * HOUR);
    expect(await ids('status=overdue')).not.toContain(mic.id);
    clockOffset = 73 * HOUR;
    try {
      expect(await ids('status=overdue')).toContain(mic.id);
      expect(await ids('status=on_loan')).toContain(mic.id);
    } finally {
      clockOffset = 0;
    }
    expect((await detail((await s.c.asset('Idle tripod')).id)).loan).toBeNull();
  });

  it('refuses a save made to an older version, naming who changed it and when; nothing is written', async () => {
    const tripod = await s.c.asset('Manfrotto 055');
    const opened = await detail(tripod.id);
    const first = await s.admin.patch(`/assets/${tripod.id}`, {
      colour: 'black',
      expectedUpdatedAt: opened.updatedAt,
    });
    expect(first.statusCode).toBe(200);
    const saved = AssetDetail.parse(first.json());
    expect(saved.updatedAt).not.toBe(opened.updatedAt);

    const second = await s.staff.patch(`/assets/${tripod.id}`, {
      colour: 'silver',
      expectedUpdatedAt: opened.updatedAt,
    });
    expect(second.statusCode).toBe(409);
    const { error } = ApiErrorBody.parse(second.json());
    expect(error.code).toBe('edit_conflict');
    expect(EditConflictDetails.parse(error.details)).toEqual({
      changedBy: 'Ada Admin',
      changedAt: saved.updatedAt,
    });
    expect(error.message).toMatch(/^Manfrotto 055 was changed by Ada Admin at .+: reload/);
    expect((await detail(tripod.id)).colour).toBe('black');

    // With the version just read, the same edit goes through; without one, the last save wins as before.
    const retried = await s.staff.patch(`/assets/${tripod.id}`, {
      colour: 'silver',
      expectedUpdatedAt: saved.updatedAt,
    });
    expect(retried.statusCode).toBe(200);
    expect((await s.staff.patch(`/assets/${tripod.id}`, { colour: 'grey' })).statusCode).toBe(200);
  });

  it('names who made each entry of an asset’s history', async () => {
    const light = await s.c.asset('Aputure MC');
    await s.admin.patch(`/assets/${light.id}`, { colour: 'white' });
    const history = HistoryPage.parse((await s.staff.get(`/assets/${light.id}/history`)).json());
    expect(history.items.map((e) => [e.action, e.actorName])).toEqual([
      ['asset.update', 'Ada Admin'],
      ['asset.create', 'Sam Staff'],
    ]);
  });
});
