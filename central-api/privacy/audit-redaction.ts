/**
 * Erasing a person from the audit trail: every entry that holds their personal values is rewritten, and
 * the `person.erase` entry lists the digest of each rewritten content. Migration 0004 explains why the
 * chain still verifies; migration 0015 why only this code path can write such an entry.
 */
import { arrayContains, eq, or, sql } from 'drizzle-orm';
import { newId } from '../../domain/ids.js';
import type { AuditActor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { textArray } from '../db/raw-query.js';
import { auditEntry } from '../db/schema/index.js';
import type { PersonalValues, Scrubber } from './scrub.js';

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

/**
 * Rewrite the person's entries with `scrub` and record the erasure (`describe` gives its description and
 * `after`) in the same transaction, through the database function that alone may do either (migration
 * 0015): it checks each rewrite only takes `values` out and records the digests of the new contents.
 * Returns how many entries were rewritten.
 */
export async function redactAuditTrail(
  tx: Tx,
  actor: AuditActor,
  personId: string,
  values: PersonalValues,
  scrub: Scrubber,
  describe: (rewritten: number) => { description: string; after: Record<string, unknown> },
): Promise<number> {
  const rewritten: Rewritten[] = [];
  const searchable = [...values.emails, ...values.cards, personId];
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
  const { description, after } = describe(rewritten.length);
  await tx.execute(
    sql`select kitdesk_erase_from_audit(${newId()}::uuid, ${actor.kind}, ${actor.id}, ${personId}::uuid,
          ${description}, ${JSON.stringify(after)}::jsonb, ${JSON.stringify(values)}::jsonb,
          ${JSON.stringify(rewritten)}::jsonb)`,
  );
  return rewritten.length;
}
