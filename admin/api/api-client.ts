import type { z } from 'zod';
import { urlOf, type ApiRoute, type RequestArgs, type RouteAnswer } from '../../domain/api/route.js';
import type { SessionStore } from '../stores/session-store.js';
import { downloadFile } from './download.js';
import { ApiError, request, requestJson, type HttpMethod, type HttpRequest } from './http.js';
import { uploadFile, type UploadProgress } from './upload.js';

/**
 * Calls on behalf of the signed-in person: the access token from memory as a bearer header, renewed once
 * through the refresh cookie when it has expired.
 */
export function createApiClient(session: SessionStore) {
  async function withToken<T>(send: (headers: Record<string, string>) => Promise<T>): Promise<T> {
    const bearer = (token: string | undefined): Record<string, string> =>
      token ? { authorization: `Bearer ${token}` } : {};
    try {
      return await send(bearer(session.getState().session?.accessToken));
    } catch (err) {
      if (!(err instanceof ApiError) || err.code !== 'unauthenticated') throw err;
      const token = await session.getState().renew();
      if (!token) throw err;
      return send(bearer(token));
    }
  }

  const withHeaders = (req: HttpRequest, headers: Record<string, string>): HttpRequest => ({
    ...req,
    headers: { ...req.headers, ...headers },
  });
  const call = <T extends z.ZodType>(schema: T, req: HttpRequest): Promise<z.infer<T>> =>
    withToken((headers) => requestJson(schema, withHeaders(req, headers)));

  return {
    /** A call through its route contract: the path, method and answer's schema all come from the route. */
    call: <R extends ApiRoute>(route: R, ...[request]: RequestArgs<R>): Promise<RouteAnswer<R>> =>
      call<R['answer']>(route.answer, {
        method: route.method,
        path: urlOf(route, request),
        body: request?.body,
      }),
    get: <T extends z.ZodType>(schema: T, path: string) => call(schema, { method: 'GET', path }),
    /** A change: the answer checked against `schema` (`z.null()` for a 204). */
    send: <T extends z.ZodType>(
      schema: T,
      method: Exclude<HttpMethod, 'GET'>,
      path: string,
      body?: unknown,
    ) => call(schema, { method, path, body }),
    post: <T extends z.ZodType>(schema: T, path: string, body: unknown) =>
      call(schema, { method: 'POST', path, body }),
    patch: <T extends z.ZodType>(schema: T, path: string, body: unknown) =>
      call(schema, { method: 'PATCH', path, body }),
    delete: <T extends z.ZodType>(schema: T, path: string) => call(schema, { method: 'DELETE', path }),
    /** A file from the API (a CSV export), saved by the browser under the name the API gives it. */
    download: (path: string) => withToken((headers) => downloadFile(path, headers)),
    /** A large file to the API (an import), with how much of it has gone so far. */
    upload: <T extends z.ZodType>(
      schema: T,
      path: string,
      file: Blob,
      onProgress: (progress: UploadProgress) => void,
    ) => withToken((headers) => uploadFile(schema, path, file, headers, onProgress)),
    /** A file as multipart/form-data, in one field named `file` (a picture). */
    putFile: <T extends z.ZodType>(schema: T, path: string, file: Blob) => {
      const form = new FormData();
      form.append('file', file);
      return call(schema, { method: 'PUT', path, body: form });
    },
    /** Bytes the page shows but cannot fetch itself, as an <img> sends no bearer token (a picture). */
    blob: (path: string) =>
      withToken(async (headers) => (await request(withHeaders({ method: 'GET', path }, headers))).blob()),
  };
}
export type ApiClient = ReturnType<typeof createApiClient>;
