import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../testing/manual-clock.js';
import { CentralApiClient } from './api-client.js';
import { NudgeStream } from './nudge-stream.js';

/** A stream endpoint that answers 502 to its first `failing` requests, then streams one nudge. */
async function flakyStreamServer(failing: number) {
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    if (requests <= failing) return res.writeHead(502).end('Bad Gateway');
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write('retry: 3000\n\nevent: change\ndata: {"latest":7}\n\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, requests: () => requests };
}

describe('NudgeStream', () => {
  let server: Server | null = null;
  let stream: NudgeStream | null = null;
  afterEach(async () => {
    stream?.close();
    const s = server;
    if (!s) return;
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  });

  it('reopens after 502s on the back-off of its clock, then reports the reopening and the nudge', async () => {
    const flaky = await flakyStreamServer(3);
    server = flaky.server;
    const clock = new ManualClock();
    const nudges: number[] = [];
    let reopened = 0;
    stream = new NudgeStream({
      client: new CentralApiClient(flaky.url, 'kiosk-token'),
      clock,
      onNudge: (latest) => nudges.push(latest),
      onReopen: () => reopened++,
    });
    for (const [requests, waitMs] of [
      [1, 1_000],
      [2, 2_000],
      [3, 5_000],
    ] as const) {
      await vi.waitFor(() => expect(clock.pending()).toBe(1));
      expect(flaky.requests()).toBe(requests);
      clock.advance(waitMs - 1);
      expect(flaky.requests()).toBe(requests);
      clock.advance(1);
    }
    await vi.waitFor(() => expect(nudges).toEqual([7]));
    expect(reopened).toBe(1);
    expect(flaky.requests()).toBe(4);
    expect(clock.pending()).toBe(0);
  });
});
