import { z } from 'zod';
import { Id, IsoDateTime } from '../ids.js';

export const ActorKind = z.enum(['person', 'kiosk', 'system']);
export type ActorKind = z.infer<typeof ActorKind>;

/**
 * One entry of the append-only history. Ids are plain values (never foreign keys) so history outlives
 * deletions, and each entry carries the previous entry's hash so tampering is detectable.
 */
export const AuditEntry = z.object({
  id: Id,
  seq: z.number().int().positive(),
  at: IsoDateTime,
  actorKind: ActorKind,
  actorId: z.string().nullable(),
  action: z.string().min(1).max(100),
  entityType: z.string().min(1).max(100),
  entityId: z.string().nullable(),
  description: z.string().max(2000),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
