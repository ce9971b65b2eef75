import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { WebSocket } from 'ws';
import type { WireRequest, WireServerMessage } from '../../domain/index.js';
import { dispatch, type KioskCore } from '../core/index.js';

export type BrowserHost = {
  /** The address to open: it carries the per-launch token in the fragment, which browsers never send. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
};

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function serve(socket: WebSocket, core: KioskCore): void {
  const send = (m: WireServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(m));
  };
  const unsubscribe = core.subscribe((message) => send({ type: 'event', message }));
  socket.on('close', unsubscribe);
  socket.on('message', async (raw) => {
    let body: unknown;
    try {
      body = JSON.parse(String(raw));
    } catch {
      return send({
        type: 'response',
        response: {
          id: -1,
          ok: false,
          error: { code: 'validation_failed', message: 'That message was not JSON.' },
        },
      });
    }
    // dispatch validates the method and parameters; only the id is read here, to answer the right call.
    const msg = (typeof body === 'object' && body !== null ? body : {}) as Partial<WireRequest>;
    const id = typeof msg.id === 'number' ? msg.id : -1;
    send({ type: 'response', response: { id, ...(await dispatch(core.handlers, msg.method, msg.params)) } });
  });
}

/**
 * Serves the built renderer and the KioskApi over a WebSocket on 127.0.0.1, for end-to-end tests, for
 * developers, and for sites whose kiosks run a locked-down browser instead of Electron. Only a page that
 * knows this launch's token, loaded from this very origin, may talk to the core.
 */
export async function startBrowserHost(o: {
  core: KioskCore;
  rendererDir: string;
  port?: number;
}): Promise<BrowserHost> {
  const token = randomBytes(24).toString('base64url');
  const app: FastifyInstance = Fastify({ logger: false });
  await app.register(fastifyWebsocket, { options: { maxPayload: 1 << 20 } });
  let origin = '';

  app.get('/api', { websocket: true }, (socket, req) => {
    const given = new URL(req.url, 'http://127.0.0.1').searchParams.get('token') ?? '';
    if (!sameToken(given, token) || req.headers.origin !== origin) {
      socket.close(4401, 'This page is not allowed to use the kiosk.');
      return;
    }
    serve(socket, o.core);
  });

  if (existsSync(o.rendererDir)) {
    await app.register(fastifyStatic, { root: o.rendererDir, index: 'index.html' });
  } else {
    app.get('/', async (_req, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(`The kiosk screens are not built yet (${o.rendererDir} is missing). Run: npm run build`),
    );
  }

  await app.listen({ host: '127.0.0.1', port: o.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}/#token=${token}`, port, token, close: () => app.close() };
}
