import type { FastifyInstance } from 'fastify';
import { DOCS_PREFIX } from './openapi.js';

/**
 * Refuse to start when a route forgets to say who may call it, and mark the protected ones in OpenAPI.
 * Add before any route is registered.
 */
export function requireDeclaredAccess(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (route.url === DOCS_PREFIX || route.url.startsWith(`${DOCS_PREFIX}/`)) {
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
