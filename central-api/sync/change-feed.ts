import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import { changeLog } from '../db/schema/index.js';

/** The channel the commit-time change trigger NOTIFYs with each new change number. */
export const CHANGES_CHANNEL = 'kitdesk_changes';
const RESYNC_AFTER_ERROR_MS = 1500;

/**
 * The latest change number of the whole database, kept current by LISTEN, so every replica hears changes
 * made through any other replica. Subscribers hear the newest number once per burst of commits.
 */
export class ChangeFeed {
  private latestSeq = 0;
  private readonly subscribers = new Set<(latest: number) => void>();
  private announcePending = false;
  private unlisten: (() => Promise<void>) | null = null;
  private closed = false;

  private constructor(
    private readonly database: Database,
    private readonly log: FastifyBaseLogger,
  ) {}

  static async start(database: Database, log: FastifyBaseLogger): Promise<ChangeFeed> {
    const feed = new ChangeFeed(database, log);
    feed.unlisten = await database.listen(
      CHANGES_CHANNEL,
      (payload) => feed.heard(Number(payload)),
      (err) => {
        log.warn({ err }, 'lost the change notification connection; reconnecting');
        setTimeout(() => void feed.resync(), RESYNC_AFTER_ERROR_MS).unref();
      },
    );
    await feed.resync();
    return feed;
  }

  get latest(): number {
    return this.latestSeq;
  }

  /** Calls `listener` with each newer change number until the returned function is called. */
  subscribe(listener: (latest: number) => void): () => void {
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.subscribers.clear();
    // The database may have been closed first, which ends the listening with it.
    await this.unlisten?.().catch(() => undefined);
  }

  /** Read the number from the database, for a start and after notifications may have been missed. */
  private async resync(): Promise<void> {
    if (this.closed) return;
    try {
      const [row] = await this.database.db
        .select({ max: sql<string | number | null>`max(${changeLog.seq})` })
        .from(changeLog);
      this.heard(Number(row?.max ?? 0));
    } catch (err) {
      this.log.warn({ err }, 'could not read the latest change number');
    }
  }

  private heard(seq: number): void {
    if (!Number.isSafeInteger(seq) || seq <= this.latestSeq) return;
    this.latestSeq = seq;
    if (this.announcePending) return;
    this.announcePending = true;
    setImmediate(() => {
      this.announcePending = false;
      for (const listener of this.subscribers) listener(this.latestSeq);
    });
  }
}
