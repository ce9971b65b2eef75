import type { ErrorCode } from '../../domain/errors.js';

/** The HTTP status of each stable error code. */
export const statusOfErrorCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  in_use: 409,
  edit_conflict: 409,
  refused_by_rules: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/** The code of an HTTP status a library answered with (Fastify's own 4xx, for instance). */
export function errorCodeOfStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate_limited';
    case 503:
      return 'unavailable';
    default:
      return status >= 400 && status < 500 ? 'validation_failed' : 'internal';
  }
}
