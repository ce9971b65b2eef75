import { describe, expect, it } from 'vitest';
import { KitdeskError, newId, type ReturnView } from '../../../domain/index.js';
import { CatalogueReader } from '../store/catalogue-reader.js';
import { Outbox } from '../store/outbox.js';
import {
  asset,
  groupItem,
  loanChanges,
  schoolFixture,
  seededStore,
  upsert,
} from '../testing/catalogue-fixture.js';
import { label } from '../testing/credentials.js';
import { testGate } from '../testing/test-gate.js';
import { ManualClock } from '../testing/manual-clock.js';
import { ReturnDesk } from './return-desk.js';

const BACK = '2026-11-22T15:00:00.000Z';

/**
 * Two loans the server knows about. Amira's light kit came back in a partial return without either
 * accessory. Tom still has the sound kit's recorder and windshield (its cable came back), so the
 * windshield is not "left behind": scanning the recorder brings it up.
 */
function setup() {
  const school = schoolFixture();
  const soundKitId = newId();
  const recorder = asset({ name: 'Zoom H5 recorder', groupId: soundKitId, barcode: 'KD-00201' });
  const windshield = groupItem(soundKitId, 'Windshield');
  const xlr = groupItem(soundKitId, 'XLR cable');
  const [cable, reflector] = school.items;
  const light = loanChanges({
    personId: school.pupil.id,
    dueAt: '2026-11-21T09:00:00.000Z',
    assets: school.members.map((m) => ({ id: m.id, returnedAt: BACK })),
    items: [{ id: cable!.id }, { id: reflector!.id }],
  });
  const sound = loanChanges({
    personId: school.barred.id,
    dueAt: '2026-11-30T09:00:00.000Z',
    assets: [{ id: recorder.id }],
    items: [{ id: windshield.id }, { id: xlr.id, returnedAt: BACK }],
  });
  const { store } = seededStore([
    ...school.changes,
    upsert('group', { id: soundKitId, name: 'Zoom H5 sound', description: null }),
    upsert('asset', recorder),
    upsert('groupItem', windshield),
    upsert('groupItem', xlr),
    ...light.changes,
    ...sound.changes,
  ]);
  const outbox = new Outbox(store.sqlite);
  const reader = new CatalogueReader(store.sqlite);
  const views: ReturnView[] = [];
  const clock = new ManualClock();
  const desk = new ReturnDesk({
    reader,
    outbox,
    clock,
    locationId: () => null,
    onView: (v) => views.push(v),
    onCue: () => {},
    authority: testGate(clock),
    onRecorded: () => {},
  });
  return { school, desk, outbox, reader, views, cable: cable!, reflector: reflector!, windshield, light };
}

describe('ReturnDesk: accessories still out on their own', () => {
  it('lists the accessories a partial return left out, by loan and kit, with who had them', () => {
    const { desk, school, cable, reflector, light } = setup();
    expect(desk.view().accessoriesOut).toEqual([
      {
        allocationId: light.allocationId,
        kit: { id: school.kitId, name: 'Aperture LS 300D' },
        borrowerName: 'Amira Khan',
        dueAt: '2026-11-21T09:00:00.000Z',
        daysLate: 4,
        items: [
          { id: cable.id, name: 'Power cable', onReturn: false },
          { id: reflector.id, name: 'Reflector', onReturn: false },
        ],
      },
    ]);
  });

  it('returns a ticked accessory alone, offline: one return event in the outbox, laid over at once', () => {
    const { desk, outbox, reader, cable, reflector, views } = setup();
    desk.addAccessory(reflector.id);
    let v = desk.tickItem(cable.id, true);
    expect(v.phase).toBe('scanning');
    expect(v.lines).toEqual([]);
    expect(v.accessories.map((a) => [a.name, a.kitName, a.borrowerName, a.daysLate])).toEqual([
      ['Reflector', 'Aperture LS 300D', 'Amira Khan', 4],
    ]);
    expect(v.accessoriesOut[0]?.items.map((i) => i.onReturn)).toEqual([true, true]);
    expect(v.allowed).toBe(true);

    v = desk.finish(false);
    expect(v.summary).toEqual({ returned: ['Reflector', 'Power cable'], stillOut: [] });
    expect(outbox.pendingCount()).toBe(1);
    expect(outbox.pending(1)[0]?.payload).toEqual({
      type: 'return',
      assets: [],
      groupItemIds: [reflector.id, cable.id],
      partial: false,
      locationId: null,
      staffId: null,
    });
    expect(reader.openLinesOf([reflector.id, cable.id])).toEqual([]);
    expect(v.accessoriesOut).toEqual([]);
    expect(views.at(-1)).toEqual(v);
  });

  it('asks for the rest of the kit still out, and a partial return leaves it on the list', () => {
    const { desk, outbox, reflector, cable } = setup();
    let v = desk.addAccessory(reflector.id);
    expect(v.allowed).toBe(false);
    expect(v.refusals.map((r) => r.message)).toEqual([
      'The Aperture LS 300D kit comes back complete: please tick Power cable.',
    ]);
    v = desk.finish(true);
    expect(v.summary).toEqual({ returned: ['Reflector'], stillOut: ['Power cable'] });
    expect(outbox.pending(1)[0]?.payload).toMatchObject({ groupItemIds: [reflector.id], partial: true });
    expect(v.accessoriesOut.map((g) => g.items.map((i) => i.name))).toEqual([['Power cable']]);
    expect(desk.addAccessory(cable.id).phase).toBe('scanning');
  });

  it('refuses an accessory that is not out, and one the catalogue does not know', () => {
    const { desk, outbox, reflector } = setup();
    desk.addAccessory(reflector.id);
    desk.finish(true);
    const v = desk.addAccessory(reflector.id);
    expect(v.lastScan?.reasons.map((r) => r.code)).toEqual(['accessory_not_on_loan']);
    expect(v.lastScan?.message).toBe(
      'The Reflector of the Aperture LS 300D kit is not on loan, so there is nothing to return: untick it.',
    );
    expect(v.phase).toBe('idle');
    expect(() => desk.addAccessory(newId())).toThrow(KitdeskError);
    expect(outbox.pendingCount()).toBe(1);
  });

  it('unticking the only accessory takes it off the return, leaving nothing to finish', () => {
    const { desk, outbox, reflector } = setup();
    desk.addAccessory(reflector.id);
    const v = desk.tickItem(reflector.id, false);
    expect(v.phase).toBe('idle');
    expect(v.accessories).toEqual([]);
    expect(() => desk.finish(true)).toThrow(/Scan an item, or tick an accessory still out/);
    expect(outbox.pendingCount()).toBe(0);
  });

  it('a scanned kit’s checklist offers only the accessories still out', () => {
    const { desk, windshield } = setup();
    const v = desk.credential(label('KD-00201'));
    expect(v.kits.map((k) => k.checklist)).toEqual([
      [{ id: windshield.id, name: 'Windshield', confirmed: false, stillOut: null }],
    ]);
    expect(v.accessoriesOut.map((g) => g.kit.name)).toEqual(['Aperture LS 300D']);
  });
});
