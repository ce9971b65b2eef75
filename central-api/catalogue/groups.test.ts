import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GroupDetail, GroupsPage } from '../../domain/api/kits.js';
import { Asset } from '../../domain/model/asset.js';
import { Group, GroupItem } from '../../domain/model/kit.js';
import { changeLog } from '../db/schema/index.js';
import { databaseKinds } from '../testing/test-databases.js';
import { UNKNOWN_ID } from '../testing/http.js';
import { withStaffAndBorrower } from '../testing/staff-and-borrower.js';

describe.each(databaseKinds)('kits and their accessories on %s', (kind) => {
  const s = withStaffAndBorrower(kind);

  it('builds a kit from tagged members and untagged accessories', async () => {
    const kit = Group.parse((await s.staff.post('/groups', { name: 'Aperture LS 300D kit' })).json());
    expect(kit.description).toBeNull();
    for (const name of ['LS 300D light', 'Yoke']) {
      const a = Asset.parse((await s.staff.post('/assets', { name })).json());
      expect((await s.staff.patch(`/assets/${a.id}`, { groupId: kit.id })).statusCode).toBe(200);
    }
    const reflector = await s.staff.post(`/groups/${kit.id}/items`, {
      name: 'Reflector',
      description: '5-in-1',
    });
    expect(reflector.statusCode).toBe(201);
    await s.staff.post(`/groups/${kit.id}/items`, { name: 'Power cable' });
    const detail = GroupDetail.parse((await s.staff.get(`/groups/${kit.id}`)).json());
    expect(detail.members.map((m) => m.name)).toEqual(['LS 300D light', 'Yoke']);
    // The checklist keeps the order it was built in.
    expect(detail.items.map((i) => i.name)).toEqual(['Reflector', 'Power cable']);
  });

  it('renames kits and accessories and lists kits by name', async () => {
    const kit = Group.parse(
      (await s.staff.post('/groups', { name: 'Sound kit', description: 'Zoom + boom' })).json(),
    );
    const item = GroupItem.parse(
      (await s.staff.post(`/groups/${kit.id}/items`, { name: 'Windshield' })).json(),
    );
    const renamed = await s.staff.patch(`/groups/${kit.id}`, { name: 'Sound kit A' });
    expect(Group.parse(renamed.json())).toMatchObject({ name: 'Sound kit A', description: 'Zoom + boom' });
    const dead = await s.staff.patch(`/group-items/${item.id}`, { description: 'Rycote dead cat' });
    expect(GroupItem.parse(dead.json())).toMatchObject({
      name: 'Windshield',
      description: 'Rycote dead cat',
    });
    const page = GroupsPage.parse((await s.staff.get('/groups?q=sound')).json());
    expect(page.items.map((g) => g.name)).toEqual(['Sound kit A']);
  });

  it('takes an accessory off a checklist, which kiosks hear about as a tombstone', async () => {
    const kit = Group.parse((await s.staff.post('/groups', { name: 'Tripod kit' })).json());
    const plate = GroupItem.parse(
      (await s.staff.post(`/groups/${kit.id}/items`, { name: 'Quick-release plate' })).json(),
    );
    expect((await s.staff.delete(`/group-items/${plate.id}`)).statusCode).toBe(204);
    expect((await s.staff.delete(`/group-items/${plate.id}`)).statusCode).toBe(404);
    const [tombstone] = await s.t.database.db
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.tableName, 'groupItem'), eq(changeLog.rowId, plate.id)));
    expect(tombstone?.op).toBe('delete');
    expect(GroupDetail.parse((await s.staff.get(`/groups/${kit.id}`)).json()).items).toEqual([]);
  });

  it('validates, answers 404 for unknown kits and is for staff', async () => {
    expect((await s.staff.post('/groups', { name: '' })).statusCode).toBe(400);
    expect((await s.staff.post(`/groups/${UNKNOWN_ID}/items`, { name: 'x' })).statusCode).toBe(404);
    expect((await s.staff.post(`/groups/${UNKNOWN_ID}/items`, {})).statusCode).toBe(400);
    expect((await s.staff.get(`/groups/${UNKNOWN_ID}`)).statusCode).toBe(404);
    expect((await s.staff.patch(`/group-items/${UNKNOWN_ID}`, { name: 'y' })).statusCode).toBe(404);
    expect((await s.borrower.get('/groups')).statusCode).toBe(403);
    expect((await s.borrower.delete(`/group-items/${UNKNOWN_ID}`)).statusCode).toBe(403);
  });
});
