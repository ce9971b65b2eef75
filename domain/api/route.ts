import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type SuccessStatus = 200 | 201 | 204;
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429 | 503;

/** What every signed-in route may answer besides its own errors. */
export const signedInErrors = [400, 401, 403] as const;

/**
 * One route of the central API, the single statement of its method, path, inputs and answer: the API
 * registers it (and documents it in OpenAPI) from this, and the console and the kiosk call it through it,
 * so a path or shape that drifts between them is a type error. `answer` is JSON unless the route says
 * otherwise (`produces`); a file upload names what it `consumes` and leaves its bytes to the server.
 */
export interface ApiRoute {
  method: HttpMethod;
  /** Fastify's syntax: `:name` for each of `params`. */
  path: `/${string}`;
  summary: string;
  description?: string;
  tags: readonly string[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  consumes?: readonly string[];
  produces?: readonly string[];
  status: SuccessStatus;
  answer: z.ZodType;
  errors: readonly ErrorStatus[];
}

export function apiRoute<const R extends ApiRoute>(route: R): R {
  return route;
}

/** A part the route has is required unless every field of it is optional; a part it lacks is refused. */
type Part<K extends string, S> = S extends z.ZodType
  ? object extends z.input<S>
    ? { [P in K]?: z.input<S> }
    : { [P in K]: z.input<S> }
  : { [P in K]?: never };

/** What a caller sends: the route's params, query and body, each only when the route has one. */
export type RouteRequest<R extends ApiRoute> = Part<'params', R['params']> &
  Part<'query', R['query']> &
  Part<'body', R['body']>;

/** The request as a rest argument: left out altogether when the route needs nothing. */
export type RequestArgs<R extends ApiRoute> =
  object extends RouteRequest<R> ? [request?: RouteRequest<R>] : [request: RouteRequest<R>];

/** What a caller gets back once the answer has passed the route's schema. */
export type RouteAnswer<R extends ApiRoute> = z.output<R['answer']>;

function queryString(query: Record<string, unknown> | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The route's path with its params filled in (encoded) and its query appended, from the API's root. */
export function urlOf<R extends ApiRoute>(route: R, request?: RouteRequest<R>): string {
  const params = (request?.params ?? {}) as Record<string, unknown>;
  const path = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route.method} ${route.path} needs its ${name}.`);
    return encodeURIComponent(String(value));
  });
  return path + queryString(request?.query as Record<string, unknown> | undefined);
}
