import type { Permission } from '../auth/permissions.js';
import type { Actor } from '../auth/actor.js';

/** Who may call a route: anyone, or whoever holds the permission. Every route must declare one. */
export type Access = 'public' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** Who is calling, once authenticated; null on public routes. */
    actor: Actor | null;
  }
}
