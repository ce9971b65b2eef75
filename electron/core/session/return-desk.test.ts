import { describe, expect, it } from 'vitest';
import { newId, type Change } from '../../../domain/index.js';
import { CatalogueReader } from '../store/catalogue-reader.js';
import { Outbox } from '../store/outbox.js';
import { schoolFixture, seededStore, upsert } from '../testing/catalogue-fixture.js';
import { label, tap } from '../testing/credentials.js';
import { ManualClock } from '../testing/manual-clock.js';
import { testGate } from '../testing/test-gate.js';
import { ReturnDesk } from './return-desk.js';

/** The kit and the camera out on a loan the server already knows about, due yesterday morning. */
function setup(cameraHome: (here: string) => string | null = () => null, deskAt: string | null = newId()) {
  const school = schoolFixture();
  const here = deskAt ?? newId();
  school.camera.homeLocationId = cameraHome(here);
  const allocationId = newId();
  const dueAt = '2026-11-23T09:00:00.000Z';
  const loan: Change[] = [
    upsert('allocation', {
      id: allocationId,
      personId: school.pupil.id,
      outAt: '2026-11-20T09:00:00.000Z',
      dueAt,
      returnedAt: null,
      kioskId: null,
      overrideById: null,
      overrideReason: null,
    }),
    ...[...school.members, school.camera].map((a) =>
      upsert('allocationAssetLine', {
        id: newId(),
        allocationId,
        assetId: a.id,
        returnedAt: null,
        returnedToLocationId: null,
        conditionNote: null,
      }),
    ),
    ...school.items.map((i) =>
      upsert('allocationItemLine', { id: newId(), allocationId, groupItemId: i.id, returnedAt: null }),
    ),
  ];
  const { store } = seededStore([...school.changes, ...loan]);
  const outbox = new Outbox(store.sqlite);
  const reader = new CatalogueReader(store.sqlite);
  const clock = new ManualClock();
  const gate = testGate(clock);
  const desk = new ReturnDesk({
    reader,
    outbox,
    clock,
    locationId: () => deskAt,
    onView: () => {},
    onCue: () => {},
    authority: gate,
    onRecorded: () => {},
  });
  gate.follow(desk);
  return { school, desk, outbox, reader, here, gate };
}

describe('ReturnDesk', () => {
  it('shows who had each item and how many days late it is', () => {
    const { desk } = setup();
    const v = desk.credential(label('KD-00001'));
    expect(v.lines).toEqual([
      expect.objectContaining({
        name: 'Canon EOS R50',
        borrowerName: 'Amira Khan',
        daysLate: 2,
        homeElsewhere: null,
      }),
    ]);
    expect(v.allowed).toBe(true);
  });

  it('a staff tap gives staff authority until the return is finished, and takes the card for no item', () => {
    const { desk, gate, school } = setup();
    let v = desk.credential(tap('0F0184F07A'));
    expect(v.lastScan?.message).toBe('That is Tom Reed’s card: scan the items being returned.');
    expect(gate.present()).toBeNull();
    v = desk.credential(tap('4B00423C15'));
    expect(v.lines).toEqual([]);
    expect(v.lastScan?.message).toBe(
      'Ms Okafor may change this desk’s settings until this return is finished.',
    );
    expect(v.authority.holder?.name).toBe('Ms Okafor');
    desk.credential(label('KD-00001'));
    expect(gate.present()?.id).toBe(school.teacher.id);
    desk.finish(false);
    expect(gate.present()).toBeNull();
  });

  it('refuses an item that is not on loan and one it does not know', () => {
    const { desk } = setup();
    expect(desk.credential(label('KD-00003')).lastScan?.reasons.map((r) => r.code)).toEqual([
      'asset_not_on_loan',
    ]);
    expect(desk.credential(label('NOPE-1')).lastScan?.reasons.map((r) => r.code)).toEqual(['asset_unknown']);
  });

  it('a kit must come back whole unless staff finish a partial return, which leaves the missing parts on loan', () => {
    const { desk, school, outbox, reader } = setup();
    desk.credential(label('KD-00101'));
    desk.credential(label('KD-00102'));
    let v = desk.tickItem(school.items[1]!.id, true);
    expect(v.kits[0]?.missingAssets.map((m) => m.name)).toEqual(['Power adapter']);
    expect(v.kits[0]?.unconfirmedItems.map((m) => m.name)).toEqual(['Power cable']);
    v = desk.finish(false);
    expect(v.lastScan?.reasons.map((r) => r.code)).toEqual(['kit_incomplete']);
    expect(outbox.pendingCount()).toBe(0);

    desk.setCondition(school.members[0]!.id, 'Scuffed barn door');
    v = desk.finish(true);
    expect(v.phase).toBe('done');
    expect(v.summary).toEqual({
      returned: ['LS 300D light', 'Yoke', 'Reflector'],
      stillOut: ['Power adapter', 'Power cable'],
    });
    const event = outbox.pending(1)[0]!;
    expect(event.payload).toMatchObject({
      type: 'return',
      partial: true,
      groupItemIds: [school.items[1]!.id],
      assets: [
        { assetId: school.members[0]!.id, conditionNote: 'Scuffed barn door' },
        { assetId: school.members[1]!.id, conditionNote: null },
      ],
    });
    // The overlay already counts them back, so they could go out again before the server answers.
    expect(reader.openLinesOf([school.members[0]!.id])).toEqual([]);
    expect(reader.openLinesOf([school.members[2]!.id])).toHaveLength(1);
  });

  it('names the home of an item returned away from it, and says nothing of one at home', () => {
    const away = setup(() => newId()).desk.credential(label('KD-00001'));
    expect(away.lines[0]?.homeElsewhere).toBe('another location');
    const home = setup((here) => here).desk.credential(label('KD-00001'));
    expect(home.lines[0]?.homeElsewhere).toBeNull();
  });

  it('at a desk with no location set, nothing belongs elsewhere', () => {
    const { desk } = setup(() => newId(), null);
    expect(desk.credential(label('KD-00001')).lines[0]?.homeElsewhere).toBeNull();
  });
});
