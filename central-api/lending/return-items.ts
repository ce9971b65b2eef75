import { and, eq, inArray, isNull, notExists } from 'drizzle-orm';
import type { ReturnedAsset } from '../../domain/api/lending.js';
import { decideReturn, type ReturnDecision } from '../../domain/lending/decide-return.js';
import type { Reason } from '../../domain/lending/reasons.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { allocation, allocationAssetLine, allocationItemLine, asset, person } from '../db/schema/index.js';
import { loadLendingFacts, type Label, type OpenLine } from './lending-facts.js';

export type ReturnInput = {
  labels: readonly (Label & { conditionNote: string | null })[];
  confirmedGroupItemIds: readonly string[];
  partial: boolean;
  /** Where the items now are; null puts each back at its home location. */
  locationId: string | null;
  at: Date;
  actor: AuditActor;
};

export type ReturnOutcome =
  | {
      kind: 'returned';
      returned: ReturnedAsset[];
      returnedGroupItemIds: string[];
      closedAllocationIds: string[];
      notices: Reason[];
    }
  | { kind: 'refused'; decision: ReturnDecision };

/** Take items back, or refuse with the rules' reasons, inside the caller's transaction. */
export async function takeBack(tx: Tx, input: ReturnInput): Promise<ReturnOutcome> {
  const {
    scanned,
    locked,
    kits: touchedKits,
    openLines,
  } = await loadLendingFacts(tx, {
    labels: input.labels,
    borrower: null,
    staffId: null,
    groupItemIds: input.confirmedGroupItemIds,
    kitLines: true,
  });
  const decision = decideReturn({
    scanned,
    confirmedGroupItemIds: [...input.confirmedGroupItemIds],
    kits: touchedKits,
    openLines,
    partial: input.partial,
    now: input.at.toISOString(),
  });
  if (!decision.allowed) return { kind: 'refused', decision };

  const noteOf = new Map<string, string | null>();
  input.labels.forEach((label, i) => {
    const s = scanned[i];
    if (s?.kind === 'asset' && !noteOf.has(s.asset.id)) noteOf.set(s.asset.id, label.conditionNote);
  });
  const returned: ReturnedAsset[] = [];
  for (const line of decision.lines) {
    const home = locked.get(line.assetId)?.homeLocationId ?? null;
    const placedAt = input.locationId ?? home;
    await tx
      .update(allocationAssetLine)
      .set({
        returnedAt: input.at,
        returnedToLocationId: placedAt,
        conditionNote: noteOf.get(line.assetId) ?? null,
      })
      .where(
        and(
          eq(allocationAssetLine.allocationId, line.allocationId),
          eq(allocationAssetLine.assetId, line.assetId),
          isNull(allocationAssetLine.returnedAt),
        ),
      );
    await tx
      .update(asset)
      .set({ locationId: placedAt, updatedAt: input.at })
      .where(eq(asset.id, line.assetId));
    returned.push({
      assetId: line.assetId,
      allocationId: line.allocationId,
      personId: line.personId,
      dueAt: line.dueAt,
      daysLate: line.daysLate,
      locationId: placedAt,
      awayFromHome: home !== null && placedAt !== home,
    });
  }

  const returning = new Set(decision.items.map((i) => `${i.allocationId}:${i.groupItemId}`));
  const itemLines = openLines.filter(
    (l) => l.kind === 'groupItem' && returning.has(`${l.allocationId}:${l.groupItemId}`),
  );
  const returnedGroupItemIds = decision.items.map((i) => i.groupItemId);
  if (itemLines.length > 0) {
    await tx
      .update(allocationItemLine)
      .set({ returnedAt: input.at })
      .where(
        and(
          inArray(
            allocationItemLine.id,
            itemLines.map((l) => l.lineId),
          ),
          isNull(allocationItemLine.returnedAt),
        ),
      );
  }

  const touchedLoans = [
    ...new Set([...returned.map((r) => r.allocationId), ...itemLines.map((l) => l.allocationId)]),
  ];
  const closed = await closeFinishedLoans(tx, touchedLoans, input.at);
  const names = new Map([
    ...[...locked.values()].map((a) => [a.id, a.name] as const),
    ...touchedKits.flatMap((k) => k.items.map((i) => [i.id, i.name] as const)),
  ]);
  await auditReturns(tx, input, returned, itemLines, names, closed);
  return {
    kind: 'returned',
    returned,
    returnedGroupItemIds,
    closedAllocationIds: closed,
    notices: decision.notices,
  };
}

/**
 * A loan ends when its last asset and its last accessory are back. Its row is locked first: two desks
 * taking back the last parts of one loan at once each wait for the other, so whichever goes second sees
 * everything back and closes it, where otherwise each would see the other's part still out.
 */
async function closeFinishedLoans(tx: Tx, ids: readonly string[], at: Date): Promise<string[]> {
  if (ids.length === 0) return [];
  await tx
    .select({ id: allocation.id })
    .from(allocation)
    .where(inArray(allocation.id, [...ids]))
    .orderBy(allocation.id)
    .for('update');
  const closed = await tx
    .update(allocation)
    .set({ returnedAt: at })
    .where(
      and(
        inArray(allocation.id, [...ids]),
        isNull(allocation.returnedAt),
        notExists(
          tx
            .select({ id: allocationAssetLine.id })
            .from(allocationAssetLine)
            .where(
              and(
                eq(allocationAssetLine.allocationId, allocation.id),
                isNull(allocationAssetLine.returnedAt),
              ),
            ),
        ),
        notExists(
          tx
            .select({ id: allocationItemLine.id })
            .from(allocationItemLine)
            .where(
              and(eq(allocationItemLine.allocationId, allocation.id), isNull(allocationItemLine.returnedAt)),
            ),
        ),
      ),
    )
    .returning({ id: allocation.id });
  return closed.map((c) => c.id);
}

async function auditReturns(
  tx: Tx,
  input: ReturnInput,
  returned: readonly ReturnedAsset[],
  itemLines: readonly OpenLine[],
  names: ReadonlyMap<string, string>,
  closed: readonly string[],
): Promise<void> {
  const loans = new Map<string, { personId: string; assets: ReturnedAsset[]; itemIds: string[] }>();
  const loanOf = (allocationId: string, personId: string) => {
    const loan = loans.get(allocationId) ?? { personId, assets: [], itemIds: [] };
    loans.set(allocationId, loan);
    return loan;
  };
  for (const r of returned) loanOf(r.allocationId, r.personId).assets.push(r);
  for (const l of itemLines)
    if (l.kind === 'groupItem') loanOf(l.allocationId, l.personId).itemIds.push(l.groupItemId);

  const borrowers = await tx
    .select({ id: person.id, name: person.name })
    .from(person)
    .where(inArray(person.id, [...new Set([...loans.values()].map((l) => l.personId))]));
  const borrowerName = new Map(borrowers.map((b) => [b.id, b.name]));
  for (const [allocationId, loan] of loans) {
    const described = loan.assets.map((a) => {
      const late = a.daysLate > 0 ? `, ${a.daysLate} day${a.daysLate === 1 ? '' : 's'} late` : '';
      const away = a.awayFromHome ? ', away from its home location' : '';
      return `${names.get(a.assetId) ?? a.assetId}${late}${away}`;
    });
    described.push(...loan.itemIds.map((id) => names.get(id) ?? 'an accessory'));
    const complete = closed.includes(allocationId);
    await appendAudit(tx, input.actor, {
      action: 'loan.return',
      entityType: 'allocation',
      entityId: allocationId,
      subjects: [loan.personId, ...loan.assets.map((a) => a.assetId), ...loan.itemIds],
      description: `${borrowerName.get(loan.personId) ?? 'A borrower'} returned ${described.join('; ')}.${complete ? ' The loan is complete.' : ''}`,
      after: { returned: loan.assets, returnedGroupItemIds: loan.itemIds, complete },
    });
  }
}
