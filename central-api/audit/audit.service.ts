import { arrayContains, count, desc, gt, sql } from 'drizzle-orm';
import type { AuditVerification, HistoryPage } from '../../domain/api/audit.js';
import type { Db } from '../db/database.js';
import { toAuditEntry } from '../db/rows.js';
import { auditEntry } from '../db/schema/index.js';
import { actorNamesOf } from './actor-names.js';

/** The previous hash of the very first entry, as the sealing trigger writes it. */
const GENESIS_HASH = '0'.repeat(64);
const VERIFY_PAGE = 5000;

/** Everything that happened to one asset or person, newest first, even after it was deleted. */
export async function historyOf(db: Db, id: string, page: number, pageSize: number): Promise<HistoryPage> {
  const concerns = arrayContains(auditEntry.subjects, [id]);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditEntry)
      .where(concerns)
      .orderBy(desc(auditEntry.seq))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(auditEntry).where(concerns),
  ]);
  const names = await actorNamesOf(db, rows);
  const items = rows.map((r, i) => ({ ...toAuditEntry(r), actorName: names[i] ?? null }));
  return { items, page, pageSize, total: total?.n ?? 0 };
}

type Problem = NonNullable<AuditVerification['firstProblem']>;

/**
 * Whether an entry's content is what was sealed: an intact entry's content and salt give its digest; an
 * entry whose personal data was erased must match the digest its `person.erase` entry (sealed later in
 * the chain) recorded for it. See migration 0004 for why the chain hashes a digest of the content.
 */
// Spelled out with the table's name: drizzle leaves a single table's columns unqualified in the select
// list, where the inner `erasure` would capture them.
const contentIntact = sql<boolean>`case when audit_entry.redacted_by is null
    then audit_entry.salt is not null and audit_entry.content_digest = kitdesk_audit_content_digest(
      audit_entry.salt, audit_entry.description, audit_entry.before, audit_entry.after)
    else audit_entry.salt is null and exists (select 1 from audit_entry erasure
      where erasure.id = audit_entry.redacted_by and erasure.action = 'person.erase' and erasure.seq > audit_entry.seq
        and erasure.after -> 'redacted' ->> audit_entry.id::text = kitdesk_audit_content_digest(
          null, audit_entry.description, audit_entry.before, audit_entry.after))
  end`;

/**
 * Walk the chain from the start: each entry must follow the one before (no gap), name its hash, hash to
 * what it says, and hold the content that was sealed. Hashes are recomputed by the database functions
 * that sealed them.
 */
export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  let prevSeq = 0;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select({
        seq: auditEntry.seq,
        prevHash: auditEntry.prevHash,
        hash: auditEntry.hash,
        redacted: sql<boolean>`${auditEntry.redactedBy} is not null`,
        recomputed: sql<string>`kitdesk_audit_hash(${auditEntry.prevHash}, ${auditEntry.seq}, ${auditEntry.id},
          ${auditEntry.at}, ${auditEntry.actorKind}, ${auditEntry.actorId}, ${auditEntry.action},
          ${auditEntry.entityType}, ${auditEntry.entityId}, ${auditEntry.subjects}, ${auditEntry.contentDigest})`,
        contentIntact,
      })
      .from(auditEntry)
      .where(gt(auditEntry.seq, prevSeq))
      .orderBy(auditEntry.seq)
      .limit(VERIFY_PAGE);
    for (const row of rows) {
      const problem = problemOf(row, prevSeq, prevHash);
      if (problem)
        return { intact: false, checked, latestSeq: prevSeq, latestHash: prevHash, firstProblem: problem };
      prevSeq = row.seq;
      prevHash = row.hash;
      checked++;
    }
    if (rows.length < VERIFY_PAGE) break;
  }
  return {
    intact: true,
    checked,
    latestSeq: prevSeq,
    latestHash: checked === 0 ? null : prevHash,
    firstProblem: null,
  };
}

function problemOf(
  row: {
    seq: number;
    prevHash: string;
    hash: string;
    recomputed: string;
    redacted: boolean;
    contentIntact: boolean;
  },
  prevSeq: number,
  prevHash: string,
): Problem | null {
  if (row.seq !== prevSeq + 1) {
    return {
      seq: prevSeq + 1,
      problem: 'missing',
      message: `Entry ${prevSeq + 1} is missing: the trail jumps from ${prevSeq} to ${row.seq}.`,
    };
  }
  if (row.prevHash !== prevHash) {
    return {
      seq: row.seq,
      problem: 'link_broken',
      message: `Entry ${row.seq} does not follow entry ${prevSeq}: one of them was changed after it was written.`,
    };
  }
  if (row.recomputed !== row.hash || !row.contentIntact) {
    return {
      seq: row.seq,
      problem: 'altered',
      message: row.redacted
        ? `Entry ${row.seq} was changed after a person's data was erased from it: it no longer matches what the erasure recorded.`
        : `Entry ${row.seq} was changed after it was written: its contents no longer match its hash.`,
    };
  }
  return null;
}
