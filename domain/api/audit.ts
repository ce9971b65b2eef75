import { z } from 'zod';
import { AuditEntry } from '../model/audit.js';
import { pageOf } from './pagination.js';

/** One entry of a history page, with the name of who made it (null for the system). */
export const HistoryEntry = AuditEntry.extend({ actorName: z.string().nullable() });
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** `GET /assets/:id/history` and `GET /people/:id/history`: newest first. */
export const HistoryPage = pageOf(HistoryEntry);
export type HistoryPage = z.infer<typeof HistoryPage>;

/** `GET /audit/verify`: the whole chain recomputed from the first entry. */
export const AuditVerification = z.object({
  intact: z.boolean(),
  /** Entries checked before the first problem (all of them when intact). */
  checked: z.number().int().nonnegative(),
  latestSeq: z.number().int().nonnegative(),
  latestHash: z.string().nullable(),
  firstProblem: z
    .object({
      seq: z.number().int().positive(),
      problem: z.enum(['altered', 'link_broken', 'missing']),
      message: z.string(),
    })
    .nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;
