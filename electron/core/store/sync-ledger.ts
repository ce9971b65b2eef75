import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import {
  KioskEventPayload,
  newId,
  type ChangesPage,
  type Conflict,
  type ConflictAsset,
  type EnrolResponse,
  type EventResult,
  type NamedRef,
  type Reason,
  type StandingLoan,
} from '../../../domain/index.js';
import { conflictPartiesReader } from './conflict-details.js';
import { MirrorWriter } from './mirror-writer.js';
import type { StoreDb } from './open-store.js';
import { conflicts, syncState } from './schema.js';

export type SyncStateRow = typeof syncState.$inferSelect;

/** Sync bookkeeping: enrolment, cursor, what the server answered, and the conflicts staff must see. */
export class SyncLedger {
  readonly applyPage: (page: ChangesPage) => void;
  readonly recordResults: (results: readonly EventResult[], at: string) => void;

  constructor(
    private readonly db: StoreDb,
    private readonly sqlite: Database.Database,
  ) {
    const mirror = new MirrorWriter(sqlite);
    const markAnswered = sqlite.prepare(
      `UPDATE outbox SET status = ?, answered_at = ? WHERE event_id = ? AND status = 'pending'`,
    );
    const outboxRow = sqlite.prepare(`SELECT seq, at, kind, payload, summary FROM outbox WHERE event_id = ?`);
    const partiesOf = conflictPartiesReader(sqlite);
    const dropOverlayOf = sqlite.prepare(`DELETE FROM pending_lines WHERE event_seq = ?`);
    const dropConfirmedOverlays = sqlite.prepare(
      `DELETE FROM pending_lines WHERE event_seq IN (SELECT seq FROM outbox WHERE status IN ('applied', 'duplicate'))`,
    );

    this.recordResults = sqlite.transaction((results: readonly EventResult[], at: string) => {
      for (const r of results) {
        if (markAnswered.run(r.status, at, r.eventId).changes === 0) continue;
        if (r.status !== 'rejected') continue;
        const row = outboxRow.get(r.eventId) as {
          seq: number;
          at: string;
          kind: 'checkout' | 'return';
          payload: string;
          summary: string;
        };
        // A refused event never happened as far as the server is concerned: stop counting it locally.
        dropOverlayOf.run(row.seq);
        this.db
          .insert(conflicts)
          .values({
            id: newId(),
            eventId: r.eventId,
            kind: row.kind,
            at,
            recordedAt: row.at,
            ...partiesOf(KioskEventPayload.parse(JSON.parse(row.payload))),
            standing: r.standing,
            summary: row.summary,
            message: r.message,
            reasons: r.reasons,
            status: 'open',
          })
          .run();
      }
    });

    this.applyPage = sqlite.transaction((page: ChangesPage) => {
      for (const change of page.changes) mirror.apply(change);
      this.db
        .update(syncState)
        .set({ cursor: page.cursor, policy: page.policy })
        .where(eq(syncState.id, 1))
        .run();
      // Once caught up, the mirror holds what the server made of every answered event.
      if (page.remaining === 0) dropConfirmedOverlays.run();
    });
  }

  state(): SyncStateRow {
    const row = this.db.select().from(syncState).where(eq(syncState.id, 1)).get();
    if (!row) throw new Error('sync_state row missing: the store was not opened with openStore');
    return row;
  }

  enrolled(apiUrl: string, e: EnrolResponse): void {
    this.db
      .update(syncState)
      .set({ apiUrl, kioskId: e.kioskId, kioskName: e.name, locationId: e.locationId, token: e.token })
      .where(eq(syncState.id, 1))
      .run();
  }

  /** The same central system at a new address: the enrolment, cursor and outbox all stay. */
  repointed(apiUrl: string): void {
    this.db.update(syncState).set({ apiUrl }).where(eq(syncState.id, 1)).run();
  }

  markOnline(at: string): void {
    this.db.update(syncState).set({ lastSyncAt: at, offlineSince: null }).where(eq(syncState.id, 1)).run();
  }

  markOffline(at: string): void {
    if (this.state().offlineSince !== null) return;
    this.db.update(syncState).set({ offlineSince: at }).where(eq(syncState.id, 1)).run();
  }

  conflicts(): Conflict[] {
    const kioskName = this.state().kioskName;
    return this.db
      .select()
      .from(conflicts)
      .all()
      .map(({ recordedAt, ...c }) => ({
        ...c,
        recordedAt: recordedAt ?? c.at,
        kioskName,
        borrower: c.borrower as NamedRef | null,
        assets: c.assets as ConflictAsset[],
        standing: c.standing as StandingLoan[],
        reasons: c.reasons as Reason[],
      }))
      .sort((a, b) => (a.status === b.status ? b.at.localeCompare(a.at) : a.status === 'open' ? -1 : 1));
  }

  conflict(id: string): Conflict | null {
    return this.conflicts().find((c) => c.id === id) ?? null;
  }

  /** The refused event as the kiosk recorded it, for lending its items again as it meant to. */
  refusedPayload(eventId: string): KioskEventPayload | null {
    const row = this.sqlite.prepare(`SELECT payload FROM outbox WHERE event_id = ?`).get(eventId) as
      { payload: string } | undefined;
    return row ? KioskEventPayload.parse(JSON.parse(row.payload)) : null;
  }

  openConflictCount(): number {
    return this.db.select().from(conflicts).where(eq(conflicts.status, 'open')).all().length;
  }

  resolveConflict(id: string, r: { resolution: string; by: string; at: string }): boolean {
    const done = this.db
      .update(conflicts)
      .set({ status: 'resolved', resolution: r.resolution, resolvedBy: r.by, resolvedAt: r.at })
      .where(eq(conflicts.id, id))
      .run();
    return done.changes > 0;
  }
}
