import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app.js';

export type StartServerOptions = AppOptions & {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** 127.0.0.1 unless told otherwise: the API is exposed only on purpose. */
  host?: string;
};

export type RunningServer = {
  app: FastifyInstance;
  /** e.g. `http://127.0.0.1:43117`, without a trailing slash. */
  url: string;
  port: number;
  /** Stop taking requests, end open streams and wait for requests in flight; the database stays open. */
  close(): Promise<void>;
};

/** Build the API on `db` and listen, for `npm run api` and for tests that talk to it over a socket. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { port = 0, host = '127.0.0.1', ...appOptions } = options;
  const app = await buildApp(appOptions);
  try {
    await app.listen({ port, host });
  } catch (err) {
    await app.close();
    throw err;
  }
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('The API is not listening on TCP.');
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { app, url: `http://${shownHost}:${address.port}`, port: address.port, close: () => app.close() };
}
