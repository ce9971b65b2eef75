import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { KitdeskError } from '../../domain/errors.js';
import { Reason } from '../../domain/lending/reasons.js';
import type { EventResult, KioskEvent } from '../../domain/sync/events.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import type { Db, Tx } from '../db/database.js';
import { kitdeskErrorOfDatabase } from '../db/database-errors.js';
import { kioskEvent } from '../db/schema/index.js';
import { checkOut } from '../lending/checkout.js';
import { takeBack } from '../lending/return-items.js';
import { standingLoansOf } from './standing-loans.js';

export type PushingKiosk = { id: string; name: string; locationId: string | null };

/** A deadlock or serialisation failure is nobody's fault: the event is tried again before it is judged. */
const TRANSIENT = new Set(['40001', '40P01']);
const ATTEMPTS = 3;

/**
 * Apply a kiosk's batch in order, each event in its own transaction and idempotently by event id. An event
 * the rules refuse is recorded as rejected and the batch goes on: one bad event never blocks the queue.
 */
export async function applyEvents(
  ctx: Pick<AppContext, 'db' | 'policy'>,
  kiosk: PushingKiosk,
  events: readonly KioskEvent[],
): Promise<EventResult[]> {
  // A repeated push is answered from what was recorded, without opening a transaction per event.
  const recorded = await ctx.db
    .select()
    .from(kioskEvent)
    .where(
      inArray(
        kioskEvent.eventId,
        events.map((e) => e.eventId),
      ),
    );
  const seen = new Map<string, EventResult>();
  for (const row of recorded) seen.set(row.eventId, await resultOf(ctx.db, row));
  const results: EventResult[] = [];
  for (const event of events) results.push(seen.get(event.eventId) ?? (await applyEvent(ctx, kiosk, event)));
  return results;
}

async function applyEvent(
  ctx: Pick<AppContext, 'db' | 'policy'>,
  kiosk: PushingKiosk,
  event: KioskEvent,
): Promise<EventResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.transaction((tx) => applyInTransaction(ctx, tx, kiosk, event));
    } catch (err) {
      const code = (err as { cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code;
      if (code && TRANSIENT.has(code) && attempt < ATTEMPTS) continue;
      const known = err instanceof KitdeskError ? err : kitdeskErrorOfDatabase(err);
      // Anything else (the database gone, a bug) fails the push, so the kiosk keeps the event and retries.
      if (!known) throw err;
      // Also the way out when another push of the same event won the race to record it.
      return ctx.db.transaction((tx) => reject(tx, kiosk, event, [], known.message));
    }
  }
}

/** The event's receipt, written with the change it made so that it counts as applied exactly once. */
function receipt(kiosk: PushingKiosk, event: KioskEvent) {
  return {
    eventId: event.eventId,
    kioskId: kiosk.id,
    kioskSeq: event.seq,
    at: new Date(event.at),
    type: event.payload.type,
    status: 'applied' as const,
  };
}

async function applyInTransaction(
  ctx: Pick<AppContext, 'policy'>,
  tx: Tx,
  kiosk: PushingKiosk,
  event: KioskEvent,
): Promise<EventResult> {
  const actor: AuditActor = { kind: 'kiosk', id: kiosk.id };
  const at = new Date(event.at);
  const { payload } = event;
  switch (payload.type) {
    case 'checkout': {
      const outcome = await checkOut(tx, {
        allocationId: payload.allocationId,
        borrower: { personId: payload.personId },
        labels: payload.assetIds.map((assetId) => ({ assetId })),
        confirmedGroupItemIds: payload.groupItemIds,
        staff: payload.staff && { id: payload.staff.staffId, overrideReason: payload.staff.overrideReason },
        dueAt: payload.dueAt,
        at,
        kioskId: kiosk.id,
        actor,
        policy: ctx.policy,
        alsoWrite: (t) =>
          t
            .$with('event_receipt')
            .as(
              t.insert(kioskEvent).values(receipt(kiosk, event)).returning({ eventId: kioskEvent.eventId }),
            ),
      });
      if (outcome.kind === 'refused') return reject(tx, kiosk, event, outcome.decision.refusals);
      return { eventId: event.eventId, status: 'applied' };
    }
    case 'return': {
      const outcome = await takeBack(tx, {
        labels: payload.assets.map((a) => ({ assetId: a.assetId, conditionNote: a.conditionNote })),
        confirmedGroupItemIds: payload.groupItemIds,
        partial: payload.partial,
        locationId: payload.locationId ?? kiosk.locationId,
        at,
        actor,
      });
      if (outcome.kind === 'refused') return reject(tx, kiosk, event, outcome.decision.refusals);
      await tx.insert(kioskEvent).values(receipt(kiosk, event));
      return { eventId: event.eventId, status: 'applied' };
    }
    default: {
      const unreachable: never = payload;
      return unreachable;
    }
  }
}

/** Record the rejection, unless the event was recorded meanwhile (then answer as it was recorded). */
async function reject(
  tx: Tx,
  kiosk: PushingKiosk,
  event: KioskEvent,
  reasons: Reason[],
  problem?: string,
): Promise<EventResult> {
  const message = problem ?? reasons.map((r) => r.message).join(' ');
  const [recorded] = await tx
    .insert(kioskEvent)
    .values({ ...receipt(kiosk, event), status: 'rejected', reasons, message })
    .onConflictDoNothing()
    .returning({ eventId: kioskEvent.eventId });
  if (!recorded) return earlierResult(tx, event.eventId);
  const { payload } = event;
  const subjects =
    payload.type === 'checkout'
      ? [payload.personId, ...payload.assetIds]
      : [...payload.assets.map((a) => a.assetId), ...payload.groupItemIds];
  await appendAudit(
    tx,
    { kind: 'kiosk', id: kiosk.id },
    {
      action: 'sync.event_rejected',
      entityType: 'kiosk_event',
      entityId: event.eventId,
      subjects,
      description: `Kiosk “${kiosk.name}” recorded a ${payload.type} the server rejected: ${message}`,
      after: { event, reasons },
    },
  );
  return {
    eventId: event.eventId,
    status: 'rejected',
    reasons,
    message,
    standing: await standingLoansOf(tx, reasons),
  };
}

async function earlierResult(tx: Tx, eventId: string): Promise<EventResult> {
  const [seen] = await tx.select().from(kioskEvent).where(eq(kioskEvent.eventId, eventId));
  return seen ? resultOf(tx, seen) : { eventId, status: 'duplicate' };
}

/**
 * The answer for an event seen before: "duplicate" if it was applied, its rejection again if not, with the
 * loans that stand in its way now (the kiosk may never have heard the first answer).
 */
async function resultOf(db: Db | Tx, seen: typeof kioskEvent.$inferSelect): Promise<EventResult> {
  if (seen.status === 'rejected') {
    const reasons = z.array(Reason).parse(seen.reasons ?? []);
    return {
      eventId: seen.eventId,
      status: 'rejected',
      reasons,
      message: seen.message ?? '',
      standing: await standingLoansOf(db, reasons),
    };
  }
  return { eventId: seen.eventId, status: 'duplicate' };
}
