import { Backoff, type BackoffOptions } from './backoff.js';
import { LinkError, type Link, type StatusListener } from './link.js';

export type ReconnectHooks = {
  status: StatusListener;
  /** After every successful open; `again` is false only the first time. */
  connected(again: boolean): void;
};

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`;

/**
 * Keeps one device open: opens it, waits for the link to be lost, and opens it again after a back-off
 * (hardware.md §0.6). Serialport has no reconnect of its own (#648) and node-hid has no hotplug events.
 */
export class ReconnectLoop {
  private stopped = false;
  private link: Link | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private everConnected = false;
  private readonly backoff: Backoff;

  constructor(
    private readonly open: () => Promise<Link>,
    private readonly hooks: ReconnectHooks,
    backoff?: BackoffOptions,
  ) {
    this.backoff = new Backoff(backoff);
  }

  start(): void {
    this.hooks.status('connecting', null);
    void this.attempt();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const link = this.link;
    this.link = null;
    await link?.close();
    this.hooks.status('disconnected', null);
  }

  private async attempt(): Promise<void> {
    this.timer = null;
    if (this.stopped) return;
    let link: Link;
    try {
      link = await this.open();
    } catch (e) {
      if (!this.stopped)
        this.retry(e instanceof LinkError && e.kind === 'absent' ? 'reconnecting' : 'error', e);
      return;
    }
    if (this.stopped) {
      await link.close();
      return;
    }
    this.link = link;
    this.backoff.connected(Date.now());
    this.hooks.status('connected', null);
    this.hooks.connected(this.everConnected);
    this.everConnected = true;
    const reason = await link.lost;
    if (this.stopped || this.link !== link) return;
    this.link = null;
    await link.close();
    this.backoff.lost(Date.now());
    this.retry('reconnecting', new Error(reason));
  }

  private retry(state: 'reconnecting' | 'error', cause: unknown): void {
    const delay = this.backoff.next();
    const why = cause instanceof Error ? cause.message : String(cause);
    this.hooks.status(state, `${why} Retrying in ${seconds(delay)}.`);
    this.timer = setTimeout(() => void this.attempt(), delay);
  }
}
