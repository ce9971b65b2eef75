/** What a drill compares: the events a kiosk wrote to disk, and what the central API made of them. */
import { eq } from 'drizzle-orm';
import { allocation, kioskEvent } from '../../../central-api/db/schema/index.js';
import { openStore } from '../../../electron/core/store/open-store.js';
import type { Central } from './central.js';

export type RecordedEvent = {
  seq: number;
  eventId: string;
  status: 'pending' | 'applied' | 'duplicate' | 'rejected';
  payload: { type: 'checkout' | 'return'; allocationId?: string; assetIds?: string[] };
};

/** Every event in a kiosk's outbox, answered or not, in order; the kiosk must not be running. */
export function recordedEvents(dataDir: string): RecordedEvent[] {
  const store = openStore(`${dataDir}/kiosk.db`);
  try {
    const rows = store.sqlite
      .prepare('SELECT seq, event_id AS eventId, status, payload FROM outbox ORDER BY seq')
      .all() as { seq: number; eventId: string; status: RecordedEvent['status']; payload: string }[];
    return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as RecordedEvent['payload'] }));
  } finally {
    store.close();
  }
}

/** The ids of a person's loans on the server, returned or not. */
export async function allocationIdsOnServer(c: Central, personId: string): Promise<string[]> {
  const rows = await c.database.db
    .select({ id: allocation.id })
    .from(allocation)
    .where(eq(allocation.personId, personId));
  return rows.map((r) => r.id).sort();
}

/** How the server answered each of these events: one row per event it ever applied or refused. */
export async function eventsOnServer(c: Central, eventIds: readonly string[]) {
  const wanted = new Set(eventIds);
  const rows = await c.database.db
    .select({ eventId: kioskEvent.eventId, type: kioskEvent.type, status: kioskEvent.status })
    .from(kioskEvent);
  return rows.filter((r) => wanted.has(r.eventId));
}
