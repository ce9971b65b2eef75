import { describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../domain/api-error.js';
import { InUseDetails } from '../../domain/api/reference.js';
import { makeCatalogue, type Catalogue } from '../testing/test-catalogue.js';
import { databaseKinds } from '../testing/test-databases.js';
import { UNKNOWN_ID } from '../testing/http.js';
import { withStaffAndBorrower } from '../testing/staff-and-borrower.js';

describe.each(databaseKinds)('deleting reference data on %s', (kind) => {
  const s = withStaffAndBorrower(kind);
  let c: Catalogue;
  const refusal = (res: { json(): unknown }) => ApiErrorBody.parse(res.json()).error;

  it('deletes what nothing uses, once', async () => {
    for (const [path, body] of [
      ['/locations', { name: 'Old darkroom' }],
      ['/asset-types', { name: 'Slide projector' }],
      ['/disposal-types', { name: 'Lost in the move' }],
    ] as const) {
      const made = (await s.staff.post(path, body)).json() as { id: string };
      expect((await s.borrower.delete(`${path}/${made.id}`)).statusCode).toBe(403);
      expect((await s.staff.delete(`${path}/${made.id}`)).statusCode).toBe(204);
      expect((await s.staff.get(`${path}/${made.id}`)).statusCode).toBe(404);
      expect((await s.staff.delete(`${path}/${made.id}`)).statusCode).toBe(404);
    }
    expect((await s.staff.delete(`/locations/${UNKNOWN_ID}`)).statusCode).toBe(404);
  });

  it('refuses a location that assets stand in or call home, saying what uses it', async () => {
    c ??= await makeCatalogue(s.staff);
    await c.asset('Tripod 1');
    await c.asset('Tripod 2');
    await c.asset('Tripod 3', { locationId: c.studio.id });
    const res = await s.staff.delete(`/locations/${c.shed.id}`);
    expect(res.statusCode).toBe(409);
    const error = refusal(res);
    expect(error.code).toBe('in_use');
    expect(error.message).toBe(
      'Location “AV shed 2” cannot be deleted: 2 assets are here and 3 assets have it as their home. ' +
        'Move or change those first, or rename it instead.',
    );
    expect(InUseDetails.parse(error.details).uses).toEqual([
      { what: 'asset here', count: 2 },
      { what: 'asset at home here', count: 3 },
    ]);
    expect((await s.staff.get(`/locations/${c.shed.id}`)).statusCode).toBe(200);
  });

  it('refuses an asset type with assets, and a disposal type an asset was disposed of by', async () => {
    c ??= await makeCatalogue(s.staff);
    for (let i = 1; i <= 12; i += 1) await c.asset(`Camera ${i}`, { assetTypeId: c.cameras.id });
    const type = await s.staff.delete(`/asset-types/${c.cameras.id}`);
    expect(type.statusCode).toBe(409);
    expect(refusal(type).message).toContain('cannot be deleted: 12 assets have this type.');

    const broken = await c.asset('Cracked lens');
    const dispose = { date: '2026-01-05', reason: 'Cracked', disposalTypeId: c.recycle.id };
    await s.staff.post(`/assets/${broken.id}/dispose`, dispose);
    const disposal = await s.staff.delete(`/disposal-types/${c.recycle.id}`);
    expect(disposal.statusCode).toBe(409);
    expect(refusal(disposal)).toMatchObject({
      code: 'in_use',
      message: expect.stringContaining('1 disposed asset was disposed of this way'),
    });
  });
});
