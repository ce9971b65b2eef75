/** GDPR: everything held about a person, and erasure that keeps loans and reports whole under a pseudonym. */
import { z } from 'zod';
import { Id, IsoDateTime } from '../ids.js';
import { Allocation, AllocationAssetLine, AllocationItemLine } from '../model/allocation.js';
import { AuditEntry } from '../model/audit.js';
import { Person } from '../model/person.js';
import { EmailLogEntry } from './reminders.js';

/** `GET /people/:id/export`: one JSON document with everything the central database holds about a person. */
export const PersonExport = z.object({
  exportedAt: IsoDateTime,
  person: Person,
  /** Their loans, each with what went out on it. */
  loans: z.array(
    z.object({
      allocation: Allocation,
      assets: z.array(AllocationAssetLine.extend({ assetName: z.string() })),
      accessories: z.array(AllocationItemLine.extend({ name: z.string() })),
    }),
  ),
  /** Loans they approved as a member of staff. */
  approvedLoanIds: z.array(Id),
  /** Assets recorded as theirs. */
  ownedAssets: z.array(z.object({ id: Id, name: z.string() })),
  /** Their sign-in sessions (never the tokens themselves). */
  sessions: z.array(
    z.object({ createdAt: IsoDateTime, expiresAt: IsoDateTime, revokedAt: IsoDateTime.nullable() }),
  ),
  /** The reminders and digests emailed to them. */
  emails: z.array(EmailLogEntry),
  /** Every audit entry about them or made by them, oldest first. */
  auditEntries: z.array(AuditEntry),
});
export type PersonExport = z.infer<typeof PersonExport>;

/** `POST /people/:id/erase`. */
export const ErasureResult = z.object({
  person: Person,
  /** What the person is called from now on, in loans, reports and history. */
  pseudonym: z.string(),
  /** Audit entries whose personal data was rewritten. */
  redactedAuditEntries: z.number().int().nonnegative(),
});
export type ErasureResult = z.infer<typeof ErasureResult>;

/** `POST /privacy/retention/run`: pupils erased because they left more than the retention period ago. */
export const RetentionRun = z.object({
  /** Null when no retention period is set: nobody is erased automatically. */
  retentionMonths: z.number().int().positive().nullable(),
  erased: z.array(Id),
  /** Due for erasure but still holding equipment: erased once it is back. */
  keptWithOpenLoans: z.array(Id),
});
export type RetentionRun = z.infer<typeof RetentionRun>;
