import { describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../domain/api-error.js';
import { GroupDetail } from '../../domain/api/kits.js';
import { CheckoutResponse } from '../../domain/api/lending.js';
import { Group } from '../../domain/model/kit.js';
import { makeCatalogue, type Catalogue } from '../testing/test-catalogue.js';
import { databaseKinds } from '../testing/test-databases.js';
import { UNKNOWN_ID } from '../testing/http.js';
import { withStaffAndBorrower } from '../testing/staff-and-borrower.js';

describe.each(databaseKinds)('building a kit from the console on %s', (kind) => {
  const s = withStaffAndBorrower(kind);
  let c: Catalogue;
  const newKit = async (name: string) => Group.parse((await s.staff.post('/groups', { name })).json());
  const detail = async (id: string) => GroupDetail.parse((await s.staff.get(`/groups/${id}`)).json());
  const refusal = (res: { json(): unknown }) => ApiErrorBody.parse(res.json()).error;

  it('adds members by asset, and refuses one in another kit by both names', async () => {
    c ??= await makeCatalogue(s.staff);
    const vlogA = await newKit('Vlog kit A');
    const vlogB = await newKit('Vlog kit B');
    const tripod = await c.asset('Tripod 3');
    const added = await s.staff.post(`/groups/${vlogB.id}/members`, { assetId: tripod.id });
    expect(added.statusCode).toBe(200);
    expect(added.json()).toMatchObject({ id: tripod.id, groupId: vlogB.id });
    // Adding it again to its own kit changes nothing.
    expect((await s.staff.post(`/groups/${vlogB.id}/members`, { assetId: tripod.id })).statusCode).toBe(200);

    const refused = await s.staff.post(`/groups/${vlogA.id}/members`, { assetId: tripod.id });
    expect(refused.statusCode).toBe(409);
    expect(refusal(refused)).toMatchObject({ code: 'conflict' });
    expect(refusal(refused).message).toMatch(/^Tripod 3 is in kit Vlog kit B/);
    expect((await detail(vlogA.id)).members).toEqual([]);
    expect((await detail(vlogB.id)).members).toEqual([
      { id: tripod.id, name: 'Tripod 3', barcode: tripod.barcode, loan: null },
    ]);
  });

  it('refuses a disposed asset, and answers 404 for unknown kits and assets', async () => {
    c ??= await makeCatalogue(s.staff);
    const kit = await newKit('Interview kit');
    const old = await c.asset('Old boom pole');
    const dispose = { date: '2026-01-05', reason: 'Snapped in two', disposalTypeId: c.recycle.id };
    expect((await s.staff.post(`/assets/${old.id}/dispose`, dispose)).statusCode).toBe(200);
    const refused = await s.staff.post(`/groups/${kit.id}/members`, { assetId: old.id });
    expect(refused.statusCode).toBe(409);
    expect(refusal(refused).message).toContain('Old boom pole was disposed of on 2026-01-05');
    expect((await s.staff.post(`/groups/${UNKNOWN_ID}/members`, { assetId: old.id })).statusCode).toBe(404);
    expect((await s.staff.post(`/groups/${kit.id}/members`, { assetId: UNKNOWN_ID })).statusCode).toBe(404);
    expect((await s.staff.post(`/groups/${kit.id}/members`, {})).statusCode).toBe(400);
    expect((await s.borrower.post(`/groups/${kit.id}/members`, { assetId: old.id })).statusCode).toBe(403);
  });

  it('shows what is out and with whom, and keeps a member that is out in its kit', async () => {
    c ??= await makeCatalogue(s.staff);
    const { group, members, items } = await c.kit(
      'Zoom H5 sound kit',
      ['Zoom H5', 'Rode NTG'],
      ['Windshield'],
    );
    const pupil = await c.person('Amira Khan');
    const loan = CheckoutResponse.parse(
      (
        await s.staff.post('/loans', {
          borrower: { personId: pupil.id },
          items: members.map((m) => ({ assetId: m.id })),
          confirmedGroupItemIds: items.map((i) => i.id),
        })
      ).json(),
    );
    const out = {
      allocationId: loan.allocation.id,
      borrowerName: 'Amira Khan',
      dueAt: loan.allocation.dueAt,
    };
    const now = await detail(group.id);
    expect(now.members.map((m) => m.loan)).toEqual([out, out]);
    expect(now.items.map((i) => i.loan)).toEqual([out]);

    const leave = await s.staff.delete(`/groups/${group.id}/members/${members[0]!.id}`);
    expect(leave.statusCode).toBe(409);
    expect(refusal(leave).message).toBe('Zoom H5 is on loan: return it before taking it out of the kit.');

    // An accessory that has been lent stays, as its loan names it; the refusal says so.
    const off = await s.staff.delete(`/group-items/${items[0]!.id}`);
    expect(off.statusCode).toBe(409);
    expect(refusal(off)).toMatchObject({
      code: 'in_use',
      message:
        'Windshield cannot be taken off the checklist: 1 loan has lent it, and loans keep naming what they ' +
        'lent. Rename it instead if it has changed.',
      details: { uses: [{ what: 'loan', count: 1 }] },
    });
  });

  it('takes a member out, and refuses to take out one that is not in the kit', async () => {
    c ??= await makeCatalogue(s.staff);
    const { group, members } = await c.kit('Gimbal kit', ['DJI RS 3'], []);
    const path = `/groups/${group.id}/members/${members[0]!.id}`;
    expect((await s.staff.delete(path)).statusCode).toBe(204);
    expect((await detail(group.id)).members).toEqual([]);
    const again = await s.staff.delete(path);
    expect(again.statusCode).toBe(404);
    expect(refusal(again).message).toBe('DJI RS 3 is not in kit Gimbal kit.');
  });

  it('keeps the checklist in the order it was built, and reorders it', async () => {
    c ??= await makeCatalogue(s.staff);
    const { group, items } = await c.kit('Light kit', [], ['Reflector', 'Power cable', 'Barn doors']);
    expect((await detail(group.id)).items.map((i) => i.name)).toEqual([
      'Reflector',
      'Power cable',
      'Barn doors',
    ]);
    const [reflector, cable, doors] = items.map((i) => i.id);
    const res = await s.staff.put(`/groups/${group.id}/items/order`, { itemIds: [doors, reflector, cable] });
    expect(res.statusCode).toBe(200);
    expect(GroupDetail.parse(res.json()).items.map((i) => i.name)).toEqual([
      'Barn doors',
      'Reflector',
      'Power cable',
    ]);
    expect((await detail(group.id)).items.map((i) => i.name)).toEqual([
      'Barn doors',
      'Reflector',
      'Power cable',
    ]);
    // A new accessory goes last.
    await s.staff.post(`/groups/${group.id}/items`, { name: 'Sandbag' });
    expect((await detail(group.id)).items.at(-1)?.name).toBe('Sandbag');

    // An order that leaves one out, or names one twice, was made from a stale page.
    const stale = await s.staff.put(`/groups/${group.id}/items/order`, {
      itemIds: [doors, reflector, cable],
    });
    expect(stale.statusCode).toBe(409);
    expect(refusal(stale).message).toContain('has changed since this page loaded');
    const twice = await s.staff.put(`/groups/${group.id}/items/order`, {
      itemIds: [doors, doors, reflector, cable],
    });
    expect(twice.statusCode).toBe(409);
  });
});
