/** Short calls through Fastify's inject, which runs the whole HTTP pipeline (parsing, hooks, serialisation). */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ApiErrorBody } from '../../domain/api-error.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type Caller = {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
};

/** Calls made as whoever `headers` authenticates (nobody when empty). */
export function caller(app: FastifyInstance, headers: Record<string, string> = {}): Caller {
  const call = (method: Method, url: string, payload?: unknown) =>
    app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  return {
    get: (url) => call('GET', url),
    post: (url, body) => call('POST', url, body ?? {}),
    patch: (url, body) => call('PATCH', url, body),
    put: (url, body) => call('PUT', url, body),
    delete: (url) => call('DELETE', url),
  };
}

/** The stable error code of a failed answer. */
export function errorCodeOf(res: LightMyRequestResponse): string {
  return ApiErrorBody.parse(res.json()).error.code;
}

export const UNKNOWN_ID = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
