import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LinkError, type Link } from './link.js';
import { ReconnectLoop } from './reconnect-loop.js';

type FakeLink = Link & { drop(reason: string): void; closed: boolean };

function fakeLink(): FakeLink {
  let drop!: (reason: string) => void;
  const link: FakeLink = {
    lost: new Promise((resolve) => (drop = resolve)),
    drop: (reason) => drop(reason),
    closed: false,
    close: async () => {
      link.closed = true;
    },
  };
  return link;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ReconnectLoop', () => {
  it('waits for an absent device with growing delays, then connects and reconnects after a loss', async () => {
    const statuses: string[] = [];
    const connected: boolean[] = [];
    const links: FakeLink[] = [];
    let attempts = 0;
    const loop = new ReconnectLoop(
      async () => {
        attempts++;
        if (attempts <= 2) throw new LinkError('absent', 'No reader with vendor id 1a86 is plugged in.');
        const l = fakeLink();
        links.push(l);
        return l;
      },
      {
        status: (s, d) => statuses.push(`${s}${d ? `: ${d}` : ''}`),
        connected: (again) => connected.push(again),
      },
    );
    loop.start();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(500);
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses).toEqual([
      'connecting',
      'reconnecting: No reader with vendor id 1a86 is plugged in. Retrying in 0.5 s.',
      'reconnecting: No reader with vendor id 1a86 is plugged in. Retrying in 1 s.',
      'connected',
    ]);
    links[0]!.drop('The reader was unplugged.');
    await vi.advanceTimersByTimeAsync(0);
    expect(links[0]!.closed).toBe(true);
    expect(statuses.at(-1)).toBe('reconnecting: The reader was unplugged. Retrying in 2 s.');
    await vi.advanceTimersByTimeAsync(2000);
    expect(statuses.at(-1)).toBe('connected');
    expect(connected).toEqual([false, true]);
    await loop.stop();
    expect(links[1]!.closed).toBe(true);
    expect(statuses.at(-1)).toBe('disconnected');
  });

  it('reports a device it cannot open as an error a person must fix, and keeps trying', async () => {
    const statuses: string[] = [];
    const loop = new ReconnectLoop(
      async () => {
        throw new LinkError(
          'failed',
          'Permission denied on /dev/ttyUSB0: add the kiosk user to the dialout group.',
        );
      },
      { status: (s) => statuses.push(s), connected: () => undefined },
    );
    loop.start();
    await vi.advanceTimersByTimeAsync(1600);
    expect(statuses).toEqual(['connecting', 'error', 'error', 'error']);
    await loop.stop();
  });

  it('stops retrying once stopped', async () => {
    let attempts = 0;
    const loop = new ReconnectLoop(
      async () => {
        attempts++;
        throw new LinkError('absent', 'gone');
      },
      { status: () => undefined, connected: () => undefined },
    );
    loop.start();
    await vi.advanceTimersByTimeAsync(0);
    await loop.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempts).toBe(1);
  });
});
