import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export const DOCS_PREFIX = '/docs';

/**
 * The OpenAPI 3 document is generated from the routes' zod schemas; `GET /openapi.json` serves it and
 * `GET /docs` browses it. Register before any route so every route is collected.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Kitdesk central API',
        description:
          'Equipment lending for a school AV department: catalogue, loans and returns, kiosk sync and the audit trail. ' +
          'Every error answers `{error:{code,message,details?}}`.',
        version,
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description:
              'A staff access token from POST /auth/login, or a kiosk token from POST /kiosks/enrol.',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX });
}
