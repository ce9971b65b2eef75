/** Writes a kiosk's data folder before the core opens it: catalogue, enrolment, settings, a refused event. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newId, reason, type StationSettings } from '../../../domain/index.js';
import { seededStore } from '../../../electron/core/testing/catalogue-fixture.js';
import { Outbox } from '../../../electron/core/store/outbox.js';
import type { E2eCatalogue } from './e2e-catalogue.js';

/** Nothing listens here, so every sync fails at once and the kiosk works offline, as it must. */
export const UNREACHABLE_API = 'http://127.0.0.1:9';

export type SeedOptions = {
  settings: StationSettings;
  enrolled: boolean;
  /** A checkout the central API refused, waiting on the needs-attention list. */
  withConflict: boolean;
  now: number;
};

export function seedDataDir(dataDir: string, catalogue: E2eCatalogue, o: SeedOptions): void {
  const { store, ledger } = seededStore(catalogue.changes, join(dataDir, 'kiosk.db'));
  try {
    if (o.enrolled) {
      ledger.enrolled(UNREACHABLE_API, {
        kioskId: newId(),
        name: 'Media block kiosk',
        locationId: catalogue.deskLocationId,
        token: 'e2e-token-that-no-server-will-ever-accept',
      });
    }
    if (o.withConflict) {
      const at = new Date(o.now - 60 * 60 * 1000).toISOString();
      const { eventId } = new Outbox(store.sqlite).record({
        at,
        summary: `${catalogue.pupil.name}: ${catalogue.cinema.name}`,
        payload: {
          type: 'checkout',
          allocationId: newId(),
          personId: catalogue.pupil.id,
          assetIds: [catalogue.cinema.id],
          groupItemIds: [],
          dueAt: new Date(o.now + 24 * 60 * 60 * 1000).toISOString(),
          staff: null,
        },
      });
      const why = reason({
        code: 'high_value_needs_staff',
        asset: { id: catalogue.cinema.id, name: catalogue.cinema.name },
      });
      ledger.recordResults([{ eventId, status: 'rejected', reasons: [why], message: why.message }], at);
    }
  } finally {
    store.close();
  }
  writeFileSync(join(dataDir, 'station.json'), `${JSON.stringify(o.settings, null, 2)}\n`);
}
