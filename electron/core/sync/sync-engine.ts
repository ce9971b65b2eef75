import { KitdeskError, type SyncStatus } from '../../../domain/index.js';
import type { Clock } from '../session/clock.js';
import type { Outbox } from '../store/outbox.js';
import type { SyncLedger } from '../store/sync-ledger.js';
import { checkNewAddress, sameAddress } from './api-address.js';
import { CentralApiClient } from './api-client.js';
import { backoffMs } from './backoff.js';
import { NudgeStream } from './nudge-stream.js';

export type SyncEngineOptions = {
  ledger: SyncLedger;
  outbox: Outbox;
  clock: Clock;
  onStatus: (status: SyncStatus) => void;
  pageSize?: number;
  pushBatch?: number;
  /** How often to pull when no nudge arrives. */
  pollMs?: number;
};

/**
 * Pushes the outbox in order and pulls changes after the cursor: on start, on every recorded loan, on the
 * server's nudge stream and on a timer. Runs never overlap; a trigger during a run asks for one more.
 */
export class SyncEngine {
  private readonly pageSize: number;
  private readonly pushBatch: number;
  private readonly pollMs: number;
  private running: Promise<void> | null = null;
  private again = false;
  private online = false;
  private failures = 0;
  private lastError: string | null = null;
  private progress: SyncStatus['progress'] = null;
  private timer: unknown = null;
  private stream: NudgeStream | null = null;
  private stopped = true;

  constructor(private readonly o: SyncEngineOptions) {
    this.pageSize = o.pageSize ?? 1000;
    this.pushBatch = o.pushBatch ?? 200;
    this.pollMs = o.pollMs ?? 30_000;
  }

  start(): void {
    this.stopped = false;
    this.openStream();
    this.trigger();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) this.o.clock.clearTimeout(this.timer);
    this.timer = null;
    this.stream?.close();
    this.stream = null;
    await this.running;
  }

  /** Trades an admin's one-time code for this kiosk's credential, then syncs everything. */
  async enrol(apiUrl: string, code: string): Promise<void> {
    const answer = await new CentralApiClient(apiUrl, null).enrol(code);
    this.o.ledger.enrolled(apiUrl, answer);
    this.stream?.close();
    this.stream = null;
    if (!this.stopped) this.openStream();
    await this.syncNow();
  }

  /**
   * Moves the enrolled kiosk to a new address for the same central system, checked first: sync, the nudge
   * stream and staff calls use it from now on, without a restart. Resolves to the address now in use.
   */
  async repoint(apiUrl: string): Promise<string> {
    const s = this.o.ledger.state();
    if (!s.token || !s.kioskId)
      throw new KitdeskError(
        'conflict',
        'This kiosk is not enrolled yet: give the address when enrolling it.',
      );
    if (s.apiUrl && sameAddress(s.apiUrl, apiUrl)) return s.apiUrl;
    await checkNewAddress(apiUrl, { kioskId: s.kioskId, token: s.token });
    // A run on the old address may be under way: let it finish before the next one takes the new one.
    await this.running;
    this.o.ledger.repointed(apiUrl);
    this.stream?.close();
    this.stream = null;
    if (!this.stopped) this.openStream();
    this.trigger();
    return apiUrl;
  }

  /** Starts a run unless one is going, in which case it runs once more after it. */
  trigger(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Runs (or joins) a sync and resolves when it is over. */
  async syncNow(): Promise<SyncStatus> {
    this.trigger();
    while (this.running) await this.running;
    return this.status();
  }

  status(): SyncStatus {
    const s = this.o.ledger.state();
    return {
      enrolled: s.token !== null,
      kioskName: s.kioskName,
      online: this.online,
      offlineSince: s.offlineSince,
      pendingEvents: this.o.outbox.pendingCount(),
      lastSyncAt: s.lastSyncAt,
      cursor: s.cursor,
      progress: this.progress,
      openConflicts: this.o.ledger.openConflictCount(),
      lastError: this.lastError,
    };
  }

  private client(): CentralApiClient | null {
    const s = this.o.ledger.state();
    return s.apiUrl && s.token ? new CentralApiClient(s.apiUrl, s.token) : null;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      await this.runOnce();
    } while (this.again && !this.stopped);
    this.schedule(this.failures === 0 ? this.pollMs : backoffMs(this.failures));
  }

  private async runOnce(): Promise<void> {
    const client = this.client();
    if (!client) return;
    const now = () => new Date(this.o.clock.now()).toISOString();
    try {
      await this.push(client, now);
      await this.pull(client);
      this.online = true;
      this.failures = 0;
      this.lastError = null;
      this.o.ledger.markOnline(now());
    } catch (err) {
      this.online = false;
      this.failures++;
      this.lastError = err instanceof Error ? err.message : String(err);
      this.o.ledger.markOffline(now());
      if (err instanceof KitdeskError && err.code === 'unauthenticated') {
        this.lastError = `${err.message} An administrator may have revoked this kiosk: enrol it again.`;
      }
    } finally {
      this.progress = null;
      this.o.onStatus(this.status());
    }
  }

  private async push(client: CentralApiClient, now: () => string): Promise<void> {
    for (;;) {
      const events = this.o.outbox.pending(this.pushBatch);
      if (events.length === 0) return;
      const answer = await client.push(events);
      this.o.ledger.recordResults(answer.results, now());
      this.o.onStatus(this.status());
    }
  }

  private async pull(client: CentralApiClient): Promise<void> {
    let done = 0;
    for (;;) {
      const page = await client.pull(this.o.ledger.state().cursor, this.pageSize);
      this.o.ledger.applyPage(page);
      done += page.changes.length;
      this.progress = { done, total: done + page.remaining };
      if (page.remaining > 0) this.o.onStatus(this.status());
      if (page.remaining === 0 || page.changes.length === 0) return;
    }
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer !== null) this.o.clock.clearTimeout(this.timer);
    this.timer = this.o.clock.setTimeout(() => {
      this.timer = null;
      this.trigger();
    }, ms);
  }

  private openStream(): void {
    const client = this.client();
    if (!client || this.stream) return;
    this.stream = new NudgeStream({
      client,
      clock: this.o.clock,
      onNudge: (latest) => {
        if (latest > this.o.ledger.state().cursor) this.trigger();
      },
      // Pushes waiting on the back-off go at once, and changes whose nudges were missed come down.
      onReopen: () => this.trigger(),
    });
  }
}
