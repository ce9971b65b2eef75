/** People imported by their natural keys: an email or a card (RFID or barcode) finds who they already are. */
import { eq, or, sql } from 'drizzle-orm';
import type { NewPerson, Person } from '../../domain/model/person.js';
import { newId } from '../../domain/ids.js';
import { appendAuditEntries, type AuditRecord } from '../audit/audit-log.js';
import { endSessionsOf } from '../auth/sessions.service.js';
import { changedFields, describeEdit } from '../catalogue/editing.js';
import type { Tx } from '../db/database.js';
import { textArray, uuidArray } from '../db/raw-query.js';
import { toPerson } from '../db/rows.js';
import { asset, credential, person } from '../db/schema/index.js';
import type { Importer } from './import-runner.js';
import type { Problems } from './import-columns.js';
import { personRows, type PersonInput } from './people-rows.js';

type PersonRow = typeof person.$inferSelect;
type Update = { before: Person; changes: Partial<NewPerson> };
type Plan = { creates: NewPerson[]; updates: Update[]; unchanged: number };

const KEYS = ['email', 'rfid', 'barcode'] as const;
const CHUNK = 500;

/** Rows whose email or cards repeat an earlier row's are reported and dropped. */
function uniqueInFile(inputs: readonly PersonInput[], problems: Problems): PersonInput[] {
  const seen = new Map<string, number>();
  return inputs.filter(({ line, fields, headers }) => {
    if (KEYS.every((k) => !fields[k])) {
      problems.add(
        line,
        null,
        'no_key',
        'This person has no email, RFID card or barcode, so a later import could not find them again: give at least one.',
      );
      return false;
    }
    let unique = true;
    for (const k of KEYS) {
      const value = fields[k];
      if (!value) continue;
      // Emails and cards are separate namespaces; RFID and barcode values share one (see credential).
      const key = k === 'email' ? `email:${value}` : `code:${value}`;
      const earlier = seen.get(key);
      if (earlier !== undefined && earlier !== line) {
        problems.add(
          line,
          headers.get(k)!,
          'duplicate_in_file',
          `“${value}” is also on line ${earlier}: an email or card belongs to one person.`,
          value,
        );
        unique = false;
      } else seen.set(key, line);
    }
    return unique;
  });
}

async function planPeople(
  tx: Tx,
  inputs: PersonInput[],
  problems: Problems,
  forUpdate: boolean,
): Promise<Plan> {
  const rows = uniqueInFile(inputs, problems);
  const emails = rows.flatMap((r) => (r.fields.email ? [r.fields.email] : []));
  const codes = rows.flatMap((r) => [r.fields.rfid, r.fields.barcode].filter((c): c is string => !!c));
  const owners = await tx
    .select({
      code: credential.code,
      kind: credential.ownerKind,
      ownerId: credential.ownerId,
      assetName: asset.name,
    })
    .from(credential)
    .leftJoin(asset, eq(asset.id, credential.ownerId))
    .where(sql`${credential.code} = any(${textArray(codes)})`);
  const ownerOf = new Map(owners.map((o) => [o.code, o]));
  const matchedQuery = tx
    .select()
    .from(person)
    .where(
      or(
        sql`${person.email} = any(${textArray(emails)})`,
        sql`${person.id} = any(${uuidArray(owners.filter((o) => o.kind === 'person').map((o) => o.ownerId))})`,
      ),
    );
  const matched: PersonRow[] = forUpdate ? await matchedQuery.for('update') : await matchedQuery;
  const byEmail = new Map(matched.flatMap((p) => (p.email ? [[p.email, p] as const] : [])));
  const byId = new Map(matched.map((p) => [p.id, p]));

  const plan: Plan = { creates: [], updates: [], unchanged: 0 };
  for (const { line, fields, headers } of rows) {
    const found = new Map<string, { key: string; person: PersonRow }>();
    let taken = false;
    for (const k of KEYS) {
      const value = fields[k];
      if (!value) continue;
      if (k === 'email') {
        const p = byEmail.get(value);
        if (p) found.set(p.id, { key: headers.get(k)!, person: p });
        continue;
      }
      const owner = ownerOf.get(value);
      if (owner?.kind === 'asset') {
        problems.add(
          line,
          headers.get(k)!,
          'taken',
          `“${value}” is already the label of the asset “${owner.assetName}”: a card number must be unique.`,
          value,
        );
        taken = true;
      } else if (owner) found.set(owner.ownerId, { key: headers.get(k)!, person: byId.get(owner.ownerId)! });
    }
    if (found.size > 1) {
      const [a, b] = [...found.values()];
      problems.add(
        line,
        b!.key,
        'conflicting_match',
        `The ${a!.key} belongs to ${a!.person.name} but the ${b!.key} to ${b!.person.name}: a row must describe one person.`,
      );
      continue;
    }
    if (taken) continue;
    const existing = [...found.values()][0]?.person;
    if (!existing) {
      plan.creates.push(fields);
      continue;
    }
    const before = toPerson(existing);
    const changes = Object.fromEntries(
      Object.entries(fields).filter(
        ([k, v]) => JSON.stringify(before[k as keyof Person]) !== JSON.stringify(v),
      ),
    ) as Partial<NewPerson>;
    if (Object.keys(changes).length === 0) plan.unchanged++;
    else plan.updates.push({ before, changes });
  }
  return plan;
}

export const peopleImporter: Importer<PersonInput, Plan> = {
  kind: 'people',
  tables: [person, credential],
  rowsOf: personRows,
  plan: planPeople,
  counts: (plan) => ({
    created: plan.creates.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
  }),
  async apply(ctx, tx, actor, plan) {
    const audit: AuditRecord[] = [];
    for (let i = 0; i < plan.creates.length; i += CHUNK) {
      const created = await tx
        .insert(person)
        .values(plan.creates.slice(i, i + CHUNK).map((fields) => ({ id: newId(), ...fields })))
        .returning();
      for (const row of created) {
        const after = toPerson(row);
        audit.push({
          action: 'person.create',
          entityType: 'person',
          entityId: after.id,
          description: `${after.name} was added by an import.`,
          after,
        });
      }
    }
    for (const { before, changes } of plan.updates) {
      const [row] = await tx
        .update(person)
        .set({ ...changes, updatedAt: ctx.now() })
        .where(eq(person.id, before.id))
        .returning();
      const after = toPerson(row!);
      if (before.email !== after.email) await endSessionsOf(tx, after.id, ctx.now());
      audit.push({
        action: 'person.update',
        entityType: 'person',
        entityId: after.id,
        description: `${describeEdit(after.name, changedFields(before, after))} (import)`,
        before,
        after,
      });
    }
    await appendAuditEntries(tx, actor, audit);
  },
};
