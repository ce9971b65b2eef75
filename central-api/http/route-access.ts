import type { FastifyInstance } from 'fastify';
import { ADMIN_CONSOLE_PATH } from './admin-console.routes.js';
import { DOCS_PREFIX } from './openapi.js';

/** Pages served to anyone: the API's docs, and the admin console, which signs in through the API itself. */
const publicPagePrefixes = [DOCS_PREFIX, ADMIN_CONSOLE_PATH];

/**
 * Refuse to start when a route forgets to say who may call it, and mark the protected ones in OpenAPI.
 * Add before any route is registered.
 */
export function requireDeclaredAccess(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (publicPagePrefixes.some((p) => route.url === p || route.url.startsWith(`${p}/`))) {
      route.config = { ...route.config, access: 'public' };
      return;
    }
    const access = route.config?.access;
    if (!access) {
      throw new Error(
        `${String(route.method)} ${route.url} does not declare who may call it: set config.access to 'public' or a permission.`,
      );
    }
    if (access !== 'public') route.schema = { ...route.schema, security: [{ bearer: [] }] };
  });
}
