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
  /** JSON, or a FormData for a file upload. */
  body?: unknown;
  headers?: Record<string, string>;
};

export const UNREACHABLE =
  'The central API did not answer. Check that it is running and that this computer is on the network, then try again.';

/** The request as fetch takes it: JSON bodies encoded, a file upload (FormData) sent as the browser builds it. */
function fetchInit({ method, body, headers = {} }: HttpRequest): RequestInit {
  const json = body !== undefined && !(body instanceof FormData);
  return {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(json ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
  };
}

/** The API's refusal in an answer's body, or a plain sentence when the body is not one. */
export function refusalOf(status: number, body: string): ApiError {
  let json: unknown = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch {
    // A proxy's HTML error page: the status is all there is to go on.
  }
  const refusal = ApiErrorBody.safeParse(json);
  if (refusal.success) {
    const { code, message, details } = refusal.data.error;
    return new ApiError(code, message, status, details);
  }
  return new ApiError('internal', `The central API answered ${status} without a reason. Try again.`, status);
}

/** One call to the API on this page's own origin; a refusal or no answer is thrown as an ApiError. */
export async function request(req: HttpRequest): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(req.path, fetchInit(req));
  } catch {
    throw new ApiError('unavailable', UNREACHABLE, 0);
  }
  if (!res.ok) throw refusalOf(res.status, await res.text());
  return res;
}

/** A call whose answer is JSON, checked against its schema. */
export async function requestJson<T extends z.ZodType>(schema: T, req: HttpRequest): Promise<z.infer<T>> {
  const text = await (await request(req)).text();
  return schema.parse(text ? JSON.parse(text) : null);
}
