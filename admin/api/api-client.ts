import type { z } from 'zod';
import type { SessionStore } from '../stores/session-store.js';
import { ApiError, requestJson, type HttpMethod, type HttpRequest } from './http.js';

/**
 * Calls on behalf of the signed-in person: the access token from memory as a bearer header, renewed once
 * through the refresh cookie when it has expired.
 */
export function createApiClient(session: SessionStore) {
  const withToken = (req: HttpRequest, token: string | undefined): HttpRequest => ({
    ...req,
    headers: { ...req.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });

  async function call<T extends z.ZodType>(schema: T, req: HttpRequest): Promise<z.infer<T>> {
    try {
      return await requestJson(schema, withToken(req, session.getState().session?.accessToken));
    } catch (err) {
      if (!(err instanceof ApiError) || err.code !== 'unauthenticated') throw err;
      const token = await session.getState().renew();
      if (!token) throw err;
      return requestJson(schema, withToken(req, token));
    }
  }

  return {
    get: <T extends z.ZodType>(schema: T, path: string) => call(schema, { method: 'GET', path }),
    /** A change: the answer checked against `schema` (`z.null()` for a 204). */
    send: <T extends z.ZodType>(
      schema: T,
      method: Exclude<HttpMethod, 'GET'>,
      path: string,
      body?: unknown,
    ) => call(schema, { method, path, body }),
  };
}
export type ApiClient = ReturnType<typeof createApiClient>;
