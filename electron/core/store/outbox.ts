import type Database from 'better-sqlite3';
import {
  newId,
  type CheckoutEvent,
  type KioskEvent,
  type KioskEventPayload,
  type ReturnEvent,
} from '../../../domain/index.js';

type OutboxRow = { seq: number; eventId: string; at: string; payload: string };

export type RecordedEvent = { seq: number; eventId: string };

/**
 * This kiosk's own events. Each is written with its overlay lines in one synchronous transaction
 * (nothing awaits inside), so a receipt is only ever shown for a loan that is on disk.
 */
export class Outbox {
  private readonly nextSeq: Database.Statement<[]>;
  private readonly insert: Database.Statement<[number, string, string, string, string, string]>;
  private readonly insertPending: Database.Statement<
    [number, 'out' | 'in', 'asset' | 'groupItem', string, string | null, string | null, string | null]
  >;
  private readonly pendingPage: Database.Statement<[number], OutboxRow>;
  private readonly countPending: Database.Statement<[], { n: number }>;
  readonly record: (event: { at: string; payload: KioskEventPayload; summary: string }) => RecordedEvent;

  constructor(sqlite: Database.Database) {
    this.nextSeq = sqlite.prepare(
      'UPDATE sync_state SET event_counter = event_counter + 1 WHERE id = 1 RETURNING event_counter AS seq',
    );
    this.insert = sqlite.prepare(
      `INSERT INTO outbox (seq, event_id, at, kind, payload, summary, status) VALUES (?, ?, ?, ?, ?, ?, 'pending')`,
    );
    this.insertPending = sqlite.prepare(
      `INSERT INTO pending_lines (event_seq, direction, kind, target_id, allocation_id, person_id, due_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.pendingPage = sqlite.prepare(
      `SELECT seq, event_id AS eventId, at, payload FROM outbox WHERE status = 'pending' ORDER BY seq LIMIT ?`,
    );
    this.countPending = sqlite.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'`);
    this.record = sqlite.transaction((event: { at: string; payload: KioskEventPayload; summary: string }) => {
      const { seq } = this.nextSeq.get() as { seq: number };
      const eventId = newId();
      this.insert.run(
        seq,
        eventId,
        event.at,
        event.payload.type,
        JSON.stringify(event.payload),
        event.summary,
      );
      this.overlay(seq, event.payload);
      return { seq, eventId };
    });
  }

  private overlay(seq: number, payload: KioskEventPayload): void {
    if (payload.type === 'checkout') this.overlayCheckout(seq, payload);
    else this.overlayReturn(seq, payload);
  }

  private overlayCheckout(seq: number, e: CheckoutEvent): void {
    for (const id of e.assetIds)
      this.insertPending.run(seq, 'out', 'asset', id, e.allocationId, e.personId, e.dueAt);
    for (const id of e.groupItemIds) {
      this.insertPending.run(seq, 'out', 'groupItem', id, e.allocationId, e.personId, e.dueAt);
    }
  }

  private overlayReturn(seq: number, e: ReturnEvent): void {
    for (const a of e.assets) this.insertPending.run(seq, 'in', 'asset', a.assetId, null, null, null);
    for (const id of e.groupItemIds) this.insertPending.run(seq, 'in', 'groupItem', id, null, null, null);
  }

  /** The oldest unanswered events, in the order they must be pushed. */
  pending(limit: number): KioskEvent[] {
    return this.pendingPage.all(limit).map((r) => ({
      eventId: r.eventId,
      seq: r.seq,
      at: r.at,
      payload: JSON.parse(r.payload) as KioskEventPayload,
    }));
  }

  pendingCount(): number {
    return this.countPending.get()?.n ?? 0;
  }
}
