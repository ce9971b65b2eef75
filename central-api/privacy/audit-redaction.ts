/**
 * Erasing a person from the audit trail: every entry that holds their personal values is rewritten, and
 * the `person.erase` entry lists the digest of each rewritten content. Migration 0004 explains why the
 * chain still verifies, and enforces that only this rewrite is possible.
 */
import { arrayContains, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { auditRow, type AuditRecord } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { selectRows, textArray } from '../db/raw-query.js';
import { auditEntry, auditPending } from '../db/schema/index.js';
import type { Scrubber } from './scrub.js';

type Rewritten = { id: string; description: string; before: unknown; after: unknown };

/**
 * The entries about the person, made by them, or holding one of `searchable` anywhere: their email or a
 * card (a failed sign-in as their address), or their id (a kiosk event naming them as the approving member
 * of staff). Names are not searched for across the trail: another person may share one.
 */
async function entriesHolding(tx: Tx, personId: string, searchable: readonly string[]) {
  const content = sql`lower(${auditEntry.description} || ' ' || coalesce(${auditEntry.before}::text, '') || ' ' || coalesce(${auditEntry.after}::text, ''))`;
  return tx
    .select({
      id: auditEntry.id,
      description: auditEntry.description,
      before: auditEntry.before,
      after: auditEntry.after,
    })
    .from(auditEntry)
    .where(
      or(
        arrayContains(auditEntry.subjects, [personId]),
        eq(auditEntry.actorId, personId),
        sql`exists (select 1 from unnest(${textArray(searchable.map((v) => v.toLowerCase()))}) as v where strpos(${content}, v) > 0)`,
      ),
    );
}

/** The digest each rewritten content will have, computed by the same function verification uses. */
async function digestsOf(tx: Tx, rewritten: readonly Rewritten[]): Promise<Record<string, string>> {
  const rows = await selectRows(
    tx,
    z.object({ id: z.string(), digest: z.string() }),
    sql`select x.id::text as id, kitdesk_audit_content_digest(null, x.description, x.before, x.after) as digest
        from json_to_recordset(${JSON.stringify(rewritten)}::json) as x(id uuid, description text, before jsonb, after jsonb)`,
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.digest]));
}

/**
 * Rewrite the person's entries with `scrub` and record the erasure (`record`, whose `after` gains the
 * digests) in the same transaction. Returns how many entries were rewritten.
 */
export async function redactAuditTrail(
  tx: Tx,
  actor: AuditActor,
  personId: string,
  searchable: readonly string[],
  scrub: Scrubber,
  record: (rewritten: number) => AuditRecord & { after: Record<string, unknown> },
): Promise<number> {
  const rewritten: Rewritten[] = [];
  for (const entry of await entriesHolding(tx, personId, searchable)) {
    const next = {
      id: entry.id,
      description: scrub.text(entry.description),
      before: scrub.json(entry.before),
      after: scrub.json(entry.after),
    };
    const same =
      next.description === entry.description &&
      JSON.stringify(next.before) === JSON.stringify(entry.before) &&
      JSON.stringify(next.after) === JSON.stringify(entry.after);
    if (!same) rewritten.push(next);
  }
  const erasure = record(rewritten.length);
  const row = auditRow(actor, {
    ...erasure,
    after: { ...erasure.after, redacted: await digestsOf(tx, rewritten) },
  });
  await tx.insert(auditPending).values(row);
  if (rewritten.length > 0) {
    await tx.execute(
      sql`update ${auditEntry} set description = x.description, before = x.before, after = x.after,
            salt = null, redacted_by = ${row.id}
          from json_to_recordset(${JSON.stringify(rewritten)}::json) as x(id uuid, description text, before jsonb, after jsonb)
          where ${auditEntry.id} = x.id`,
    );
  }
  return rewritten.length;
}
