import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { WireServerMessage } from '../../domain/index.js';
import { openKioskCore, type KioskCore } from '../core/index.js';
import { startBrowserHost, type BrowserHost } from './browser-host.js';

let core: KioskCore;
let host: BrowserHost;

beforeAll(async () => {
  core = await openKioskCore({ dataDir: mkdtempSync(join(tmpdir(), 'kitdesk-host-')) });
  host = await startBrowserHost({ core, rendererDir: join(tmpdir(), 'no-such-renderer') });
});
afterAll(async () => {
  await host.close();
  await core.close();
});

function connect(
  token: string,
  origin: string,
): Promise<{ ws: WebSocket; next: () => Promise<WireServerMessage> }> {
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api?token=${token}`, { origin });
  const inbox: WireServerMessage[] = [];
  const waiting: ((m: WireServerMessage) => void)[] = [];
  ws.on('message', (raw) => {
    const m = JSON.parse(String(raw)) as WireServerMessage;
    const w = waiting.shift();
    if (w) w(m);
    else inbox.push(m);
  });
  const next = () =>
    new Promise<WireServerMessage>((r) => (inbox.length > 0 ? r(inbox.shift()!) : waiting.push(r)));
  return new Promise((resolve, reject) => {
    ws.on('open', () => resolve({ ws, next }));
    ws.on('error', reject);
  });
}

const closeCode = (ws: WebSocket) => new Promise<number>((r) => ws.on('close', (code) => r(code)));

describe('browser host', () => {
  it('binds to 127.0.0.1 and puts the token in the fragment of the address', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
  });

  it('answers KioskApi calls over the WebSocket, validated by the contract', async () => {
    const { ws, next } = await connect(host.token, `http://127.0.0.1:${host.port}`);
    ws.send(JSON.stringify({ id: 1, method: 'session.get', params: {} }));
    const ok = await next();
    expect(ok).toMatchObject({ type: 'response', response: { id: 1, ok: true, result: { phase: 'idle' } } });
    ws.send(JSON.stringify({ id: 2, method: 'session.override', params: { reason: 'x' } }));
    expect(await next()).toMatchObject({
      response: { id: 2, ok: false, error: { code: 'validation_failed' } },
    });
    ws.send(JSON.stringify({ id: 3, method: 'shell.exec', params: {} }));
    expect(await next()).toMatchObject({
      response: { id: 3, ok: false, error: { message: 'There is no kiosk call named shell.exec.' } },
    });
    ws.send('not json');
    expect(await next()).toMatchObject({ response: { id: -1, ok: false } });
    ws.close();
  });

  it('pushes core events to the page', async () => {
    const { ws, next } = await connect(host.token, `http://127.0.0.1:${host.port}`);
    ws.send(JSON.stringify({ id: 1, method: 'input.wedgeScan', params: { data: 'UNKNOWN-CARD' } }));
    const seen: WireServerMessage[] = [];
    do seen.push(await next());
    while (!(seen.at(-1)?.type === 'response'));
    expect(seen.some((m) => m.type === 'event' && m.message.event === 'session')).toBe(true);
    ws.close();
  });

  it('closes a socket with the wrong token or from another origin', async () => {
    const wrong = await connect('nope', `http://127.0.0.1:${host.port}`);
    expect(await closeCode(wrong.ws)).toBe(4401);
    const foreign = await connect(host.token, 'http://evil.example');
    expect(await closeCode(foreign.ws)).toBe(4401);
  });
});
