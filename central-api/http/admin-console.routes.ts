import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';

export const ADMIN_CONSOLE_PATH = '/admin';
/** Where `npm run build:admin` puts the console, from the folder the API is started in (as for pictures). */
export const DEFAULT_ADMIN_CONSOLE_DIR = 'admin/dist';

/**
 * The console runs only its own bundled scripts and styles and talks only to this origin, so an injected
 * script or a framing page gets nowhere. Pictures may also be blob: previews of a file being uploaded.
 */
export const ADMIN_CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT =
  'The admin console has not been built yet. Run `npm run build:admin` (or `npm run build`), then restart the API and reload this page.';

export function adminConsoleBuilt(dir: string): boolean {
  return existsSync(join(dir, 'index.html'));
}

function secureHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', ADMIN_CONSOLE_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cross-origin-opener-policy', 'same-origin');
}

/** Pages, not API routes: kept out of the OpenAPI document. */
const pageRoute = { schema: { hide: true } };

export type AdminConsoleOptions = { dir: string };

/**
 * The admin console at /admin/, served by the API itself so it is the same origin as the routes it calls.
 * Any /admin/ path that is not a built file is a screen of the single-page app: it gets index.html.
 */
export const adminConsoleRoutes: FastifyPluginAsync<AdminConsoleOptions> = async (app, { dir }) => {
  const built = adminConsoleBuilt(dir);
  app.get(ADMIN_CONSOLE_PATH, pageRoute, async (_req, reply) => reply.redirect(`${ADMIN_CONSOLE_PATH}/`));
  app.addHook('onRequest', async (_req, reply) => {
    secureHeaders(reply);
  });
  if (!built) {
    app.get(`${ADMIN_CONSOLE_PATH}/*`, pageRoute, async (_req, reply) =>
      reply.status(503).type('text/plain; charset=utf-8').send(NOT_BUILT),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: resolve(dir),
    prefix: `${ADMIN_CONSOLE_PATH}/`,
    index: ['index.html'],
    wildcard: false,
    // Hashed file names never change; index.html must be fetched fresh to pick up a new build.
    setHeaders(reply, path) {
      reply.header(
        'cache-control',
        path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
      );
    },
  });
  app.get(`${ADMIN_CONSOLE_PATH}/*`, pageRoute, async (_req, reply) => reply.sendFile('index.html'));
};
