/** A reverse proxy on 127.0.0.1 between kiosks and the central API, to play the network's failures. */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * - `forward`: passes every request and answer through, streams included.
 * - `bad-gateway`: answers 502, as a TLS proxy does while the API behind it restarts.
 * - `unreachable`: drops every connection as it arrives, like a dead network.
 * - `cut`: passes the request on, lets the API answer, then cuts the kiosk's connection before the
 *   answer reaches it: the API did the work and the kiosk cannot know.
 */
export type ProxyMode = 'forward' | 'bad-gateway' | 'unreachable' | 'cut';

export type ReverseProxy = {
  url: string;
  /** Changes what the proxy does; leaving `forward` also cuts every connection open through it. */
  setMode(mode: ProxyMode): void;
  /** How many requests the proxy met in this mode, for one path (without the query) or all. */
  count(mode: ProxyMode, path?: string): number;
  close(): Promise<void>;
};

export async function startReverseProxy(target: string): Promise<ReverseProxy> {
  const upstream = new URL(target);
  let mode: ProxyMode = 'forward';
  const sockets = new Set<Socket>();
  const seen = new Map<string, number>();

  const forward = (req: IncomingMessage, res: ServerResponse, cutAfterAnswer: boolean) => {
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        if (cutAfterAnswer) {
          answer.resume();
          answer.on('end', () => req.socket.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        res.on('close', () => answer.destroy());
      },
    );
    out.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(out);
  };

  const server = createServer((req, res) => {
    for (const key of [mode, `${mode} ${(req.url ?? '').split('?')[0]}`])
      seen.set(key, (seen.get(key) ?? 0) + 1);
    switch (mode) {
      case 'forward':
        return forward(req, res, false);
      case 'cut':
        return forward(req, res, true);
      case 'unreachable':
        return req.socket.destroy();
      case 'bad-gateway':
        req.resume();
        return res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>502 Bad Gateway</h1>');
      default: {
        const never: never = mode;
        throw new Error(`unknown proxy mode ${String(never)}`);
      }
    }
  });
  server.on('connection', (socket) => {
    if (mode === 'unreachable') {
      seen.set(mode, (seen.get(mode) ?? 0) + 1);
      return socket.destroy();
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    setMode(next) {
      mode = next;
      if (next !== 'forward') for (const s of sockets) s.destroy();
    },
    count: (m, path) => seen.get(path === undefined ? m : `${m} ${path}`) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
