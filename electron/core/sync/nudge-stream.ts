// undici's own EventSource is still experimental and warns at every start; this one takes undici's fetch.
import { EventSource } from 'eventsource';
import { fetch } from 'undici';
import { ChangeNudge } from '../../../domain/index.js';
import type { Clock } from '../session/clock.js';
import type { CentralApiClient } from './api-client.js';
import { backoffMs } from './backoff.js';

export type NudgeStreamOptions = {
  client: CentralApiClient;
  clock: Clock;
  /** The server's latest change number: sent at every connection and after every change. */
  onNudge: (latest: number) => void;
  /** The stream is open again after a break, so nudges sent meanwhile were missed. */
  onReopen: () => void;
};

/**
 * The server's change stream, kept open for as long as the kiosk runs. EventSource gives up for good on
 * any answer but 200 (a reverse proxy's 502 while the API restarts) and retries other breaks on its own
 * timer; here every break closes it, and a new one opens after the sync back-off on the kiosk's clock.
 */
export class NudgeStream {
  private source: EventSource | null = null;
  private timer: unknown = null;
  private failures = 0;
  private closed = false;

  constructor(private readonly o: NudgeStreamOptions) {
    this.open();
  }

  close(): void {
    this.closed = true;
    if (this.timer !== null) this.o.clock.clearTimeout(this.timer);
    this.timer = null;
    this.source?.close();
    this.source = null;
  }

  private open(): void {
    const dispatcher = this.o.client.authorisedDispatcher();
    const source = new EventSource(this.o.client.streamUrl(), {
      fetch: (url, init) => fetch(url, { ...init, dispatcher }),
    });
    source.addEventListener('open', () => {
      const reopened = this.failures > 0;
      this.failures = 0;
      if (reopened) this.o.onReopen();
    });
    source.addEventListener('change', (e) => {
      let data: unknown;
      try {
        data = JSON.parse(String((e as MessageEvent).data));
      } catch {
        return;
      }
      const nudge = ChangeNudge.safeParse(data);
      if (nudge.success) this.o.onNudge(nudge.data.latest);
    });
    source.addEventListener('error', () => {
      if (this.source !== source) return;
      source.close();
      this.source = null;
      this.failures++;
      this.timer = this.o.clock.setTimeout(() => {
        this.timer = null;
        if (!this.closed) this.open();
      }, backoffMs(this.failures));
    });
    this.source = source;
  }
}
