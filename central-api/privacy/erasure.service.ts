/**
 * GDPR erasure: the person stays, under a stable pseudonym, so loans, asset histories and reports stay
 * whole; their name, email, card numbers and department go from every table, the audit trail included.
 */
import { and, count, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { ErasureResult } from '../../domain/api/privacy.js';
import { KitdeskError } from '../../domain/errors.js';
import type { AppContext } from '../app-context.js';
import type { AuditActor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { textArray } from '../db/raw-query.js';
import { toPerson } from '../db/rows.js';
import {
  allocation,
  allocationAssetLine,
  auditEntry,
  emailLog,
  kioskEvent,
  person,
  refreshToken,
} from '../db/schema/index.js';
import { redactAuditTrail } from './audit-redaction.js';
import { scrubberFor, type PersonalValues, type Scrubber } from './scrub.js';

/** Any advisory-lock key that is ours alone. */
const ERASURE_LOCK = 7316004;

/** Stable: the same person always gets the same one, and it says nothing about who they were. */
export const pseudonymOf = (personId: string) => `Erased person ${personId.slice(0, 8)}`;

export type ErasureOutcome =
  | { kind: 'erased'; result: ErasureResult }
  | { kind: 'open_loans'; name: string; loans: number }
  | { kind: 'already_erased'; at: Date };

/**
 * The person's values now and every value they had before, as their own history records them (a
 * changed email is still in the `before` of that change).
 */
async function personalValuesOf(tx: Tx, p: typeof person.$inferSelect): Promise<PersonalValues> {
  const history = await tx
    .select({ before: auditEntry.before, after: auditEntry.after })
    .from(auditEntry)
    .where(and(eq(auditEntry.entityType, 'person'), eq(auditEntry.entityId, p.id)));
  const versions = [p, ...history.flatMap((h) => [h.before, h.after])].filter(
    (v): v is Record<string, unknown> => v !== null && typeof v === 'object',
  );
  const all = (...fields: string[]) =>
    [...new Set(versions.flatMap((v) => fields.map((f) => v[f])))].filter(
      (x): x is string => typeof x === 'string' && x.length > 0,
    );
  return {
    names: all('name'),
    emails: all('email'),
    departments: all('department'),
    cards: all('rfid', 'barcode'),
  };
}

/** Free text staff typed about the person's loans: override reasons and condition notes. */
async function scrubLoanNotes(tx: Tx, personId: string, scrub: Scrubber): Promise<number> {
  let changed = 0;
  const loans = await tx
    .select({ id: allocation.id, reason: allocation.overrideReason })
    .from(allocation)
    .where(
      and(
        or(eq(allocation.personId, personId), eq(allocation.overrideById, personId)),
        isNotNull(allocation.overrideReason),
      ),
    );
  for (const loan of loans) {
    const reason = scrub.text(loan.reason!);
    if (reason === loan.reason) continue;
    await tx.update(allocation).set({ overrideReason: reason }).where(eq(allocation.id, loan.id));
    changed++;
  }
  const lines = await tx
    .select({ id: allocationAssetLine.id, note: allocationAssetLine.conditionNote })
    .from(allocationAssetLine)
    .innerJoin(allocation, eq(allocation.id, allocationAssetLine.allocationId))
    .where(and(eq(allocation.personId, personId), isNotNull(allocationAssetLine.conditionNote)));
  for (const line of lines) {
    const note = scrub.text(line.note!);
    if (note === line.note) continue;
    await tx
      .update(allocationAssetLine)
      .set({ conditionNote: note })
      .where(eq(allocationAssetLine.id, line.id));
    changed++;
  }
  return changed;
}

/** Rejected kiosk events keep their reasons and message; those may name the person or their card. */
async function scrubKioskEvents(tx: Tx, values: readonly string[], scrub: Scrubber): Promise<number> {
  const events = await tx
    .select({ eventId: kioskEvent.eventId, reasons: kioskEvent.reasons, message: kioskEvent.message })
    .from(kioskEvent)
    .where(
      sql`exists (select 1 from unnest(${textArray(values.map((v) => v.toLowerCase()))}) as v
        where strpos(lower(coalesce(${kioskEvent.message}, '') || ' ' || coalesce(${kioskEvent.reasons}::text, '')), v) > 0)`,
    );
  for (const e of events) {
    await tx
      .update(kioskEvent)
      .set({ reasons: scrub.json(e.reasons), message: e.message === null ? null : scrub.text(e.message) })
      .where(eq(kioskEvent.eventId, e.eventId));
  }
  return events.length;
}

/** Erase inside the caller's transaction, or say why not. */
export async function eraseInTransaction(
  ctx: Pick<AppContext, 'now'>,
  tx: Tx,
  actor: AuditActor,
  personId: string,
): Promise<ErasureOutcome | null> {
  // Erasures run one at a time: two could otherwise rewrite the same entry (a loan one person lent to
  // the other) each from the version before the other's rewrite.
  await tx.execute(sql`select pg_advisory_xact_lock(${ERASURE_LOCK})`);
  const [p] = await tx.select().from(person).where(eq(person.id, personId)).for('update');
  if (!p) return null;
  if (p.erasedAt) return { kind: 'already_erased', at: p.erasedAt };
  const [open] = await tx
    .select({ n: count() })
    .from(allocation)
    .where(and(eq(allocation.personId, personId), isNull(allocation.returnedAt)));
  if ((open?.n ?? 0) > 0) return { kind: 'open_loans', name: p.name, loans: open!.n };

  const pseudonym = pseudonymOf(personId);
  const values = await personalValuesOf(tx, p);
  const scrub = scrubberFor(values, pseudonym);
  const distinctive = [...values.emails, ...values.cards];
  const [row] = await tx
    .update(person)
    .set({
      name: pseudonym,
      email: null,
      department: null,
      rfid: null,
      barcode: null,
      passwordHash: null,
      staffPinHash: null,
      canLogIn: false,
      isAdmin: false,
      lend: false,
      erasedAt: ctx.now(),
      updatedAt: ctx.now(),
    })
    .where(eq(person.id, personId))
    .returning();
  await tx.delete(refreshToken).where(eq(refreshToken.personId, personId));
  await tx.update(emailLog).set({ recipient: null }).where(eq(emailLog.personId, personId));
  const notes = await scrubLoanNotes(tx, personId, scrub);
  const kioskEvents = await scrubKioskEvents(tx, [...values.names, personId, ...distinctive], scrub);
  const redacted = await redactAuditTrail(tx, actor, personId, values, scrub, (n) => ({
    description: `The personal data of ${pseudonym} was erased; ${n} history entr${n === 1 ? 'y was' : 'ies were'} rewritten without it.`,
    after: { pseudonym, loanNotes: notes, kioskEvents },
  }));
  return { kind: 'erased', result: { person: toPerson(row!), pseudonym, redactedAuditEntries: redacted } };
}

export async function erasePerson(
  ctx: Pick<AppContext, 'db' | 'now' | 'currentAccess'>,
  actor: AuditActor,
  personId: string,
): Promise<ErasureResult> {
  const outcome = await ctx.db.transaction((tx) => eraseInTransaction(ctx, tx, actor, personId));
  if (outcome === null) throw new KitdeskError('not_found', 'There is no person with this id.');
  switch (outcome.kind) {
    case 'erased':
      ctx.currentAccess.forget(personId);
      return outcome.result;
    case 'already_erased':
      throw new KitdeskError(
        'conflict',
        `This person's data was already erased on ${outcome.at.toISOString()}.`,
      );
    case 'open_loans':
      throw new KitdeskError(
        'conflict',
        `${outcome.name} still has ${outcome.loans} loan${outcome.loans === 1 ? '' : 's'} open: take the equipment back (or finish the partial return) before erasing their data.`,
        { openLoans: outcome.loans },
      );
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}
