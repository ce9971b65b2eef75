/** Who did it, in words: history and edit refusals name people and kiosks, not ids. */
import { inArray } from 'drizzle-orm';
import type { ActorKind } from '../../domain/model/audit.js';
import type { Db, Tx } from '../db/database.js';
import { kiosk, person } from '../db/schema/index.js';

type Actor = { actorKind: ActorKind; actorId: string | null };

/** The name of each actor, by kind and id; the system (and anyone since deleted) has none. */
export async function actorNamesOf(db: Db | Tx, actors: readonly Actor[]): Promise<(string | null)[]> {
  const idsOf = (kind: ActorKind) => [
    ...new Set(actors.filter((a) => a.actorKind === kind && a.actorId).map((a) => a.actorId!)),
  ];
  const personIds = idsOf('person');
  const kioskIds = idsOf('kiosk');
  const [people, kiosks] = await Promise.all([
    personIds.length
      ? db.select({ id: person.id, name: person.name }).from(person).where(inArray(person.id, personIds))
      : [],
    kioskIds.length
      ? db.select({ id: kiosk.id, name: kiosk.name }).from(kiosk).where(inArray(kiosk.id, kioskIds))
      : [],
  ]);
  const names = new Map([...people, ...kiosks].map((r) => [r.id, r.name]));
  return actors.map((a) => (a.actorKind === 'system' || !a.actorId ? null : (names.get(a.actorId) ?? null)));
}
