import type {
  ContextConfigDefault,
  FastifyInstance,
  FastifySchema,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
  RouteShorthandOptions,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { ApiErrorBody } from '../../domain/api-error.js';
import type { ApiRoute } from '../../domain/api/route.js';

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLoggerOf,
  ZodTypeProvider
>;
type FastifyBaseLoggerOf = FastifyInstance['log'];

type Present<S> = S extends z.ZodType ? S : undefined;

/** The Fastify schema a route contract stands for; `Server` replaces parts only the server can state. */
export type SchemaOf<R extends ApiRoute, Server extends FastifySchema = object> = Omit<
  {
    params: Present<R['params']>;
    querystring: Present<R['query']>;
    body: Present<R['body']>;
    response: { [S in R['status']]: R['answer'] } & {
      [S in R['errors'][number]]: typeof ApiErrorBody;
    };
  },
  keyof Server
> &
  Server;

export type RouteHandlerOf<R extends ApiRoute, Server extends FastifySchema = object> = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  RouteGenericInterface,
  ContextConfigDefault,
  SchemaOf<R, Server>,
  ZodTypeProvider
>;

/** How the server runs a route beyond its contract: who may call it, limits, and schema only it knows. */
export type ServeOptions<Server extends FastifySchema> = Omit<RouteShorthandOptions, 'schema'> & {
  schema?: Server;
};

/**
 * Registers a route from its contract in `domain/api/`: the path, method, validation and OpenAPI entry
 * all come from the one object the console and the kiosk call.
 */
export function serveRoute<R extends ApiRoute, Server extends FastifySchema = object>(
  app: ZodApp,
  route: R,
  options: ServeOptions<Server>,
  handler: RouteHandlerOf<R, Server>,
): void {
  const { schema: server, ...rest } = options;
  const response = Object.fromEntries([
    [route.status, route.answer],
    ...route.errors.map((status) => [status, ApiErrorBody]),
  ]);
  const schema = {
    summary: route.summary,
    ...(route.description === undefined ? {} : { description: route.description }),
    tags: [...route.tags],
    ...(route.params ? { params: route.params } : {}),
    ...(route.query ? { querystring: route.query } : {}),
    ...(route.body ? { body: route.body } : {}),
    ...(route.consumes ? { consumes: [...route.consumes] } : {}),
    ...(route.produces ? { produces: [...route.produces] } : {}),
    response,
    ...server,
  };
  app.route<RouteGenericInterface, ContextConfigDefault, SchemaOf<R, Server>>({
    ...rest,
    method: route.method,
    url: route.path,
    schema: schema as unknown as SchemaOf<R, Server>,
    handler,
  });
}
