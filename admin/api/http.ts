import type { z } from 'zod';
import { ApiErrorBody } from '../../domain/api-error.js';
import type { ErrorCode } from '../../domain/errors.js';

/** A refusal of the central API (or no answer at all), with the server's sentence to show a person. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type HttpRequest = {
  method: HttpMethod;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
};

const UNREACHABLE =
  'The central API did not answer. Check that it is running and that this computer is on the network, then try again.';

/**
 * One call to the API on this page's own origin: JSON in, the answer checked against its schema, or an
 * ApiError carrying the server's code and sentence.
 */
export async function requestJson<T extends z.ZodType>(
  schema: T,
  { method, path, body, headers = {} }: HttpRequest,
): Promise<z.infer<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('unavailable', UNREACHABLE, 0);
  }
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const refusal = ApiErrorBody.safeParse(json);
    if (refusal.success) {
      const { code, message, details } = refusal.data.error;
      throw new ApiError(code, message, res.status, details);
    }
    throw new ApiError(
      'internal',
      `The central API answered ${res.status} without a reason. Try again.`,
      res.status,
    );
  }
  return schema.parse(json);
}
