import type { Id } from '../../domain/ids.js';
import type { ActorKind } from '../../domain/model/audit.js';
import type { Role } from '../../domain/model/role.js';

/** Who is calling: a signed-in person, or an enrolled kiosk. */
export type Actor =
  | { kind: 'person'; id: Id; name: string; roles: Role[] }
  | { kind: 'kiosk'; id: Id; name: string; locationId: Id | null; roles: ['kiosk'] };
export type PersonActor = Extract<Actor, { kind: 'person' }>;

/** Who the audit trail names for a change: a person, a kiosk, or the server itself. */
export type AuditActor = { kind: ActorKind; id: string | null };

export const systemActor: AuditActor = { kind: 'system', id: null };

export function auditActorOf(actor: Actor): AuditActor {
  return { kind: actor.kind, id: actor.id };
}
