import { describe, expect, it } from 'vitest';
import { defaultLendingPolicy, newId } from '../../../domain/index.js';
import { groupItem, seededStore, upsert } from '../testing/catalogue-fixture.js';
import { CatalogueReader } from './catalogue-reader.js';

describe("a kit's checklist at the kiosk", () => {
  it('comes in the order the console set, and changes when the console reorders it', () => {
    const kitId = newId();
    const battery = { ...groupItem(kitId, 'Spare battery'), position: 0 };
    const windscreen = { ...groupItem(kitId, 'Furry windscreen'), position: 1 };
    const mount = { ...groupItem(kitId, 'Cold shoe mount'), position: 2 };
    const { store, ledger } = seededStore([
      upsert('group', { id: kitId, name: 'Sony vlogging', description: null }),
      upsert('groupItem', mount),
      upsert('groupItem', windscreen),
      upsert('groupItem', battery),
    ]);
    const reader = new CatalogueReader(store.sqlite);
    const names = () => reader.kit(kitId).items.map((i) => i.name);
    expect(names()).toEqual(['Spare battery', 'Furry windscreen', 'Cold shoe mount']);

    ledger.applyPage({
      changes: [
        upsert('groupItem', { ...mount, position: 0 }),
        upsert('groupItem', { ...battery, position: 2 }),
      ],
      cursor: 1000,
      remaining: 0,
      policy: defaultLendingPolicy,
    });
    expect(names()).toEqual(['Cold shoe mount', 'Furry windscreen', 'Spare battery']);
    store.close();
  });

  it('keeps the order rows arrived in when they were synced before there was an order', () => {
    const kitId = newId();
    const rows = ['Reflector', 'Power cable'].map((name) => {
      const { position: _unset, ...before } = groupItem(kitId, name);
      return before;
    });
    const { store } = seededStore([
      upsert('group', { id: kitId, name: 'Aperture LS 300D', description: null }),
      ...rows.map((r) => upsert('groupItem', r as ReturnType<typeof groupItem>)),
    ]);
    expect(new CatalogueReader(store.sqlite).kit(kitId).items.map((i) => i.name)).toEqual([
      'Reflector',
      'Power cable',
    ]);
    store.close();
  });
});
