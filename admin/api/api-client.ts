import type { z } from 'zod';
import type { SessionStore } from '../stores/session-store.js';
import { ApiError, request, requestJson, type HttpRequest } from './http.js';

/**
 * Calls on behalf of the signed-in person: the access token from memory as a bearer header, renewed once
 * through the refresh cookie when it has expired.
 */
export function createApiClient(session: SessionStore) {
  const withToken = (req: HttpRequest, token: string | undefined): HttpRequest => ({
    ...req,
    headers: { ...req.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });

  async function authorised<R>(req: HttpRequest, send: (req: HttpRequest) => Promise<R>): Promise<R> {
    try {
      return await send(withToken(req, session.getState().session?.accessToken));
    } catch (err) {
      if (!(err instanceof ApiError) || err.code !== 'unauthenticated') throw err;
      const token = await session.getState().renew();
      if (!token) throw err;
      return send(withToken(req, token));
    }
  }
  const call = <T extends z.ZodType>(schema: T, req: HttpRequest) =>
    authorised(req, (r) => requestJson(schema, r));

  return {
    get: <T extends z.ZodType>(schema: T, path: string) => call(schema, { method: 'GET', path }),
    post: <T extends z.ZodType>(schema: T, path: string, body: unknown) =>
      call(schema, { method: 'POST', path, body }),
    patch: <T extends z.ZodType>(schema: T, path: string, body: unknown) =>
      call(schema, { method: 'PATCH', path, body }),
    /** A file as multipart/form-data, in one field named `file`. */
    upload: <T extends z.ZodType>(schema: T, path: string, file: Blob) => {
      const form = new FormData();
      form.append('file', file);
      return call(schema, { method: 'PUT', path, body: form });
    },
    delete: <T extends z.ZodType>(schema: T, path: string) => call(schema, { method: 'DELETE', path }),
    /** Bytes the page shows but cannot fetch itself, as an <img> sends no bearer token (a picture). */
    blob: (path: string) => authorised({ method: 'GET', path }, async (r) => (await request(r)).blob()),
  };
}
export type ApiClient = ReturnType<typeof createApiClient>;
