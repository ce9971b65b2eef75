import { count } from 'drizzle-orm';
import { newId } from '../../domain/ids.js';
import { defaultLendingPolicy } from '../../domain/lending/facts.js';
import { appendAudit } from '../audit/audit-log.js';
import { systemActor } from '../auth/actor.js';
import type { Db, Tx } from '../db/database.js';
import {
  asset,
  assetGroup,
  assetType,
  disposalType,
  groupItem,
  location,
  person,
} from '../db/schema/index.js';
import { checkOut } from '../lending/checkout.js';
import { takeBack } from '../lending/return-items.js';
import { demoSchool, type DemoLoan } from './demo-school.js';

const CHUNK = 200;
const DAY_MS = 86_400_000;

async function insertInChunks<T>(
  rows: readonly T[],
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export type DemoSummary = { people: number; assets: number; kits: number; loans: number } | 'skipped';

/**
 * Load the demo school into a database that has no assets yet (otherwise do nothing), in one transaction.
 * Loans go through the same lending code as the desk, at their own times, so the rules and audit hold.
 */
export async function seedDemoSchool(db: Db, now = new Date()): Promise<DemoSummary> {
  const [existing] = await db.select({ n: count() }).from(asset);
  if ((existing?.n ?? 0) > 0) return 'skipped';
  const school = demoSchool(now);
  await db.transaction(async (tx) => {
    await tx.insert(location).values(school.locations);
    await tx.insert(assetType).values(school.assetTypes);
    await tx.insert(disposalType).values(school.disposalTypes);
    await insertInChunks(school.people, (rows) => tx.insert(person).values(rows));
    await tx.insert(assetGroup).values(school.groups);
    await tx.insert(groupItem).values(school.groupItems);
    await insertInChunks(school.assets, (rows) => tx.insert(asset).values(rows));
    await appendAudit(tx, systemActor, {
      action: 'demo.seed',
      entityType: 'catalogue',
      entityId: null,
      description: `The demo school was loaded: ${school.people.length} people, ${school.assets.length} assets and ${school.groups.length} kits.`,
    });
    for (const loan of school.loans) await lendAndReturn(tx, loan, school.lenderId, now);
  });
  return {
    people: school.people.length,
    assets: school.assets.length,
    kits: school.groups.length,
    loans: school.loans.length,
  };
}

async function lendAndReturn(tx: Tx, loan: DemoLoan, lenderId: string, now: Date): Promise<void> {
  const lender = { kind: 'person' as const, id: lenderId };
  const lent = await checkOut(tx, {
    allocationId: newId(),
    borrower: { personId: loan.borrowerId },
    labels: loan.assetIds.map((assetId) => ({ assetId })),
    confirmedGroupItemIds: loan.groupItemIds,
    staff: { id: lenderId, overrideReason: null },
    dueAt: null,
    at: new Date(now.getTime() - loan.outDaysAgo * DAY_MS),
    kioskId: null,
    actor: lender,
    policy: defaultLendingPolicy,
  });
  if (lent.kind === 'refused') {
    throw new Error(`The demo loan was refused: ${lent.decision.refusals.map((r) => r.message).join(' ')}`);
  }
  if (loan.returnedDaysAgo === null) return;
  const back = await takeBack(tx, {
    labels: loan.assetIds.map((assetId) => ({ assetId, conditionNote: null })),
    confirmedGroupItemIds: loan.groupItemIds,
    partial: false,
    locationId: null,
    at: new Date(now.getTime() - loan.returnedDaysAgo * DAY_MS),
    actor: lender,
  });
  if (back.kind === 'refused') {
    throw new Error(`The demo return was refused: ${back.decision.refusals.map((r) => r.message).join(' ')}`);
  }
}
