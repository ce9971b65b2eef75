import { ApiErrorBody } from '../../domain/api-error.js';

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429 | 503;

/** The error answers a route documents in OpenAPI; every one has the ApiErrorBody shape. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]): Record<S, typeof ApiErrorBody> {
  return Object.fromEntries(statuses.map((s) => [s, ApiErrorBody])) as Record<S, typeof ApiErrorBody>;
}

/** What every signed-in route may answer besides its own errors. */
export const signedInErrors = [400, 401, 403] as const;
