import { and, asc, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type {
  CreatePersonRequest,
  PeoplePage,
  PeopleQuery,
  PersonSort,
  UpdatePersonRequest,
} from '../../domain/api/people.js';
import type { SortOrder } from '../../domain/api/assets.js';
import { credentialKey } from '../../domain/credentials/credential-key.js';
import { KitdeskError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import type { Person } from '../../domain/model/person.js';
import type { Role } from '../../domain/model/role.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import { auditActorOf, type Actor } from '../auth/actor.js';
import { endSessionsOf } from '../auth/sessions.service.js';
import type { Db } from '../db/database.js';
import { toPerson } from '../db/rows.js';
import { person } from '../db/schema/index.js';
import { personSearchText } from '../db/schema/people.js';
import { changedFields, containsPattern, describeEdit, notFound, pageOfRows, sentFields } from './editing.js';

/** Who may sign in and with what powers: only admins change these. */
const ACCESS_FIELDS = ['email', 'staff', 'isAdmin', 'canLogIn'] as const;

function refuseAccessChangesByNonAdmin(actor: Actor, before: Person | null, after: Person): void {
  const roles: readonly Role[] = actor.roles;
  if (roles.includes('admin')) return;
  const defaults = { email: null, staff: false, isAdmin: false, canLogIn: false };
  const changed = ACCESS_FIELDS.filter((f) => after[f] !== (before ? before[f] : defaults[f]));
  if (changed.length > 0) {
    throw new KitdeskError(
      'forbidden',
      `Only an admin may set ${changed.join(', ')}. Leave ${changed.length === 1 ? 'it' : 'them'} as ${before ? 'they were' : 'the defaults'}.`,
    );
  }
}

const byName = sql`lower(${person.name})`;
const sortColumns = {
  name: byName,
  email: person.email,
  department: sql`lower(${person.department})`,
  school: sql`lower(${person.school})`,
} satisfies Record<PersonSort, unknown>;

/** Empty values last either way, so a sort by email starts with the people who have one. */
function personOrder(sort: PersonSort = 'name', order: SortOrder = 'asc'): SQL[] {
  const direction = sql.raw(order === 'desc' ? 'desc' : 'asc');
  if (sort === 'name') return [sql`${byName} ${direction}`, sql`${person.id} ${direction}`];
  return [sql`${sortColumns[sort]} ${direction} nulls last`, asc(byName), asc(person.id)];
}

export async function listPeople(db: Db, query: PeopleQuery): Promise<PeoplePage> {
  const filters: (SQL | undefined)[] = [
    query.school === undefined ? undefined : eq(person.school, query.school),
    query.staff === undefined ? undefined : eq(person.staff, query.staff),
    query.lend === undefined ? undefined : eq(person.lend, query.lend),
  ];
  if (query.q) {
    const like = containsPattern(query.q.toLowerCase());
    const code = credentialKey(query.q);
    filters.push(
      or(sql`${personSearchText(person)} like ${like}`, eq(person.rfid, code), eq(person.barcode, code)),
    );
  }
  const where = and(...filters);
  const { rows, total } = await pageOfRows(
    db
      .select()
      .from(person)
      .where(where)
      .orderBy(...personOrder(query.sort, query.order))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(person).where(where),
  );
  return { items: rows.map(toPerson), page: query.page, pageSize: query.pageSize, total };
}

export async function getPerson(db: Db, id: string): Promise<Person> {
  const [row] = await db.select().from(person).where(eq(person.id, id));
  if (!row) throw notFound('person');
  return toPerson(row);
}

const normalised = <T extends { email?: string | null }>(input: T): T =>
  input.email ? { ...input, email: input.email.toLowerCase() } : input;

export async function createPerson(
  ctx: Pick<AppContext, 'db'>,
  actor: Actor,
  input: CreatePersonRequest,
): Promise<Person> {
  const values = normalised(input);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(person)
      .values({ id: newId(), ...values })
      .returning();
    const after = toPerson(row!);
    refuseAccessChangesByNonAdmin(actor, null, after);
    await appendAudit(tx, auditActorOf(actor), {
      action: 'person.create',
      entityType: 'person',
      entityId: after.id,
      description: `${after.name} was added.`,
      after,
    });
    return after;
  });
}

export async function updatePerson(
  ctx: Pick<AppContext, 'db' | 'now' | 'currentAccess'>,
  actor: Actor,
  id: string,
  patch: UpdatePersonRequest,
): Promise<Person> {
  const values = normalised(sentFields(patch));
  const updated = await ctx.db.transaction(async (tx) => {
    const [old] = await tx.select().from(person).where(eq(person.id, id)).for('update');
    if (!old) throw notFound('person');
    if (old.erasedAt) {
      // Erasure is final: typing a name or card back in would undo what GDPR asked us to forget.
      throw new KitdeskError(
        'conflict',
        'This person has been erased and cannot be edited. Add them again as a new person if they return.',
      );
    }
    const before = toPerson(old);
    const [row] = await tx
      .update(person)
      .set({ ...values, updatedAt: ctx.now() })
      .where(eq(person.id, id))
      .returning();
    const after = toPerson(row!);
    refuseAccessChangesByNonAdmin(actor, before, after);
    const changed = changedFields(before, after);
    const lostAccess =
      (before.canLogIn && !after.canLogIn) ||
      (before.isAdmin && !after.isAdmin) ||
      before.email !== after.email;
    if (lostAccess) await endSessionsOf(tx, id, ctx.now());
    await appendAudit(tx, auditActorOf(actor), {
      action: 'person.update',
      entityType: 'person',
      entityId: id,
      description: describeEdit(after.name, changed),
      before,
      after,
    });
    return after;
  });
  ctx.currentAccess.forget(id);
  return updated;
}
