import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import type { WireRequest, WireServerMessage } from '../../domain/kiosk-api/wire.js';
import { idleSession } from '../testing/views.js';
import type { ConnectionState } from './connection-state.js';
import {
  createSocketKioskClient,
  REFUSED_CLOSE_CODE,
  type SocketFactory,
  type SocketKioskClient,
} from './socket-client.js';

/** `ws` behind the client's socket interface, as the browser's WebSocket is in the page. */
const wsSocket: SocketFactory = (url, on) => {
  const ws = new WebSocket(url);
  ws.on('open', () => on.open());
  ws.on('message', (data) => on.message(String(data)));
  ws.on('close', (code, reason) => on.close(code, String(reason)));
  ws.on('error', () => undefined);
  return ws;
};

type ServerSide = { socket: WebSocket; requests: WireRequest[]; send(m: WireServerMessage): void };

let server: WebSocketServer;
let url: string;
let connections: ServerSide[];
let arrived: ((c: ServerSide) => void)[];
let client: SocketKioskClient | null;
const warnings: string[] = [];

beforeEach(async () => {
  connections = [];
  arrived = [];
  client = null;
  warnings.length = 0;
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => server.once('listening', () => r()));
  const address = server.address();
  url = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api?token=t`;
  server.on('connection', (socket) => {
    const side: ServerSide = {
      socket,
      requests: [],
      send: (m) => socket.send(JSON.stringify(m)),
    };
    socket.on('message', (raw) => side.requests.push(JSON.parse(String(raw)) as WireRequest));
    connections.push(side);
    arrived.shift()?.(side);
  });
});

afterEach(async () => {
  client?.close();
  for (const c of server.clients) c.terminate();
  await new Promise<void>((r) => server.close(() => r()));
});

const nextConnection = () => new Promise<ServerSide>((r) => arrived.push(r));

function start(over: { callTimeoutMs?: number } = {}) {
  client = createSocketKioskClient({
    url,
    connect: wsSocket,
    retryDelaysMs: [10, 20],
    callTimeoutMs: over.callTimeoutMs ?? 5_000,
    warn: (p) => warnings.push(p),
  });
  return client;
}

const requestArrives = (side: ServerSide, count: number) =>
  vi.waitFor(() => expect(side.requests).toHaveLength(count));

function states(c: SocketKioskClient): ConnectionState[] {
  const seen: ConnectionState[] = [];
  c.connection.subscribe((s) => seen.push(s));
  return seen;
}

describe('the WebSocket KioskApi client', () => {
  it('matches each response to its request by id, whatever order they come back in', async () => {
    const connected = nextConnection();
    const { api } = start();
    const side = await connected;
    const first = api.call('session.get', {});
    const second = api.call('session.touch', {});
    await requestArrives(side, 2);
    const [a, b] = side.requests;
    expect(a).toEqual({ id: a!.id, method: 'session.get', params: {} });
    side.send({ type: 'response', response: { id: b!.id, ok: true, result: { ok: true } } });
    side.send({ type: 'response', response: { id: a!.id, ok: true, result: idleSession({ idleAt: 5 }) } });
    expect(await second).toEqual({ ok: true, result: { ok: true } });
    expect(await first).toEqual({ ok: true, result: idleSession({ idleAt: 5 }) });
  });

  it('answers refusals and contract-breaking results as error values, never throws', async () => {
    const connected = nextConnection();
    const { api } = start();
    const side = await connected;
    const refused = api.call('session.confirm', {});
    const garbled = api.call('session.get', {});
    await requestArrives(side, 2);
    const [a, b] = side.requests;
    side.send({
      type: 'response',
      response: { id: a!.id, ok: false, error: { code: 'conflict', message: 'No loan.' } },
    });
    side.send({ type: 'response', response: { id: b!.id, ok: true, result: { phase: 'flying' } } });
    expect(await refused).toEqual({ ok: false, error: { code: 'conflict', message: 'No loan.' } });
    expect(await garbled).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('passes pushed events to subscribers until they unsubscribe, and ignores events the contract forbids', async () => {
    const connected = nextConnection();
    const { api } = start();
    const side = await connected;
    const seen: unknown[] = [];
    const unsubscribe = api.subscribe((m) => seen.push(m));
    side.send({ type: 'event', message: { event: 'cue', data: 'scan-ok' } });
    side.socket.send(JSON.stringify({ type: 'event', message: { event: 'cue', data: 'fanfare' } }));
    await vi.waitFor(() => expect(warnings).toHaveLength(1));
    unsubscribe();
    side.send({ type: 'event', message: { event: 'cue', data: 'loan-done' } });
    const probe = api.call('session.touch', {});
    await requestArrives(side, 1);
    side.send({ type: 'response', response: { id: side.requests[0]!.id, ok: true, result: { ok: true } } });
    await probe;
    expect(seen).toEqual([{ event: 'cue', data: 'scan-ok' }]);
  });

  it('reconnects after the socket drops and sends calls made meanwhile once it is back', async () => {
    const connected = nextConnection();
    const c = start();
    const seen = states(c);
    const first = await connected;
    const again = nextConnection();
    first.socket.close(1011, 'restarting');
    const second = await again;
    const call = c.api.call('session.touch', {});
    await requestArrives(second, 1);
    second.send({
      type: 'response',
      response: { id: second.requests[0]!.id, ok: true, result: { ok: true } },
    });
    expect(await call).toEqual({ ok: true, result: { ok: true } });
    expect(seen.map((s) => s.status)).toEqual(['open', 'reconnecting', 'open']);
  });

  it('answers a call that was sent when the connection dropped as unavailable rather than guessing', async () => {
    const connected = nextConnection();
    const { api } = start();
    const side = await connected;
    const call = api.call('session.confirm', {});
    await requestArrives(side, 1);
    side.socket.terminate();
    expect(await call).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('stops for good when the host refuses the page, and says so', async () => {
    const connected = nextConnection();
    const c = start();
    const side = await connected;
    side.socket.close(REFUSED_CLOSE_CODE, 'This page is not allowed to use the kiosk.');
    await vi.waitFor(() =>
      expect(c.connection.current()).toEqual({
        status: 'refused',
        message: 'This page is not allowed to use the kiosk.',
      }),
    );
    expect(await c.api.call('session.get', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    // Several retry delays pass: a client that retried would have connected again by now.
    await new Promise((r) => setTimeout(r, 100));
    expect(connections).toHaveLength(1);
  });

  it('gives up on a call the kiosk never answers', async () => {
    const connected = nextConnection();
    const { api } = start({ callTimeoutMs: 50 });
    await connected;
    expect(await api.call('sync.now', {})).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'The kiosk did not answer in time. Try again in a moment.' },
    });
  });
});
