/**
 * The school the end-to-end tests run against: the kiosk core's own fixture (a light kit, a camera, a
 * high-value cinema camera, a "cannot lend" monitor, a disposed tripod, a pupil, a barred pupil and a
 * teacher) plus a sound kit that is three days overdue with another pupil, for the return desk.
 */
import { newId, type Change } from '../../../domain/index.js';
import {
  asset,
  groupItem,
  person,
  schoolFixture,
  upsert,
} from '../../../electron/core/testing/catalogue-fixture.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export function e2eCatalogue(now: number) {
  const school = schoolFixture();
  const deskLocationId = newId();
  const dramaStudioId = newId();

  const soundKitId = newId();
  const loanId = newId();
  const recorder = asset({
    name: 'Zoom H5 recorder',
    groupId: soundKitId,
    barcode: 'KD-00201',
    allocationId: loanId,
    homeLocationId: dramaStudioId,
  });
  const mic = asset({
    name: 'Rode NTG shotgun mic',
    groupId: soundKitId,
    barcode: 'KD-00202',
    allocationId: loanId,
  });
  const windshield = groupItem(soundKitId, 'Windshield');
  const xlr = groupItem(soundKitId, 'XLR cable');
  const jamie = person({ name: 'Jamie Ellis', rfid: '1A00B3C4D5' });
  const allocation = {
    id: loanId,
    personId: jamie.id,
    outAt: new Date(now - 10 * DAY_MS).toISOString(),
    dueAt: new Date(now - 3 * DAY_MS).toISOString(),
    returnedAt: null,
    kioskId: null,
    overrideById: null,
    overrideReason: null,
  };

  const changes: Change[] = [
    ...school.changes,
    upsert('location', { id: deskLocationId, name: 'AV office', area: null }),
    upsert('location', { id: dramaStudioId, name: 'Drama studio', area: null }),
    upsert('group', { id: soundKitId, name: 'Zoom H5 sound', description: null }),
    upsert('asset', recorder),
    upsert('asset', mic),
    upsert('groupItem', windshield),
    upsert('groupItem', xlr),
    upsert('person', jamie),
    upsert('allocation', allocation),
    ...[recorder, mic].map((a) =>
      upsert('allocationAssetLine', {
        id: newId(),
        allocationId: loanId,
        assetId: a.id,
        returnedAt: null,
        returnedToLocationId: null,
        conditionNote: null,
      }),
    ),
    ...[windshield, xlr].map((i) =>
      upsert('allocationItemLine', {
        id: newId(),
        allocationId: loanId,
        groupItemId: i.id,
        returnedAt: null,
      }),
    ),
  ];

  return { ...school, deskLocationId, soundKitId, recorder, mic, windshield, xlr, jamie, changes };
}

export type E2eCatalogue = ReturnType<typeof e2eCatalogue>;
