import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/index.js';
import { loanChanges, schoolFixture, seededStore } from '../testing/catalogue-fixture.js';
import { CatalogueReader } from './catalogue-reader.js';
import { CatalogueSearch } from './catalogue-search.js';
import { Outbox } from './outbox.js';
import type { Store } from './open-store.js';

describe('searching the kiosk’s copy', () => {
  let store: Store | undefined;
  afterEach(() => store?.sqlite.close());

  it('says which loan holds each asset found, counting this kiosk’s unconfirmed loans and returns', () => {
    const school = schoolFixture();
    const onServer = loanChanges({
      personId: school.pupil.id,
      dueAt: '2026-11-23T09:00:00.000Z',
      assets: [{ id: school.camera.id }],
      items: [],
    });
    const seeded = seededStore([...school.changes, ...onServer.changes]);
    store = seeded.store;
    const search = new CatalogueSearch(store.sqlite, new CatalogueReader(store.sqlite));
    const loanOf = (query: string) =>
      Object.fromEntries(search.search(query, 10).assets.map((a) => [a.name, a.allocationId]));
    expect(loanOf('Canon')).toEqual({ 'Canon EOS R50': onServer.allocationId });
    expect(loanOf('KD-00002')).toEqual({ 'Blackmagic Pocket 6K': null });

    const outbox = new Outbox(store.sqlite);
    const lentHere = newId();
    outbox.record({
      at: '2026-11-20T10:00:00.000Z',
      summary: 'Amira Khan: Blackmagic Pocket 6K',
      payload: {
        type: 'checkout',
        allocationId: lentHere,
        personId: school.pupil.id,
        assetIds: [school.cinema.id],
        groupItemIds: [],
        dueAt: '2026-11-23T10:00:00.000Z',
        staff: null,
      },
    });
    outbox.record({
      at: '2026-11-20T10:05:00.000Z',
      summary: 'Amira Khan: Canon EOS R50',
      payload: {
        type: 'return',
        assets: [{ assetId: school.camera.id, conditionNote: null }],
        groupItemIds: [],
        partial: false,
        locationId: null,
        staffId: null,
      },
    });
    expect(loanOf('Blackmagic')).toEqual({ 'Blackmagic Pocket 6K': lentHere });
    expect(loanOf('Canon')).toEqual({ 'Canon EOS R50': null });
  });
});
