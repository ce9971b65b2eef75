import { Agent, request, type Dispatcher } from 'undici';
import type { z } from 'zod';
import { HealthResponse } from '../../../domain/api/health.js';
import {
  ApiErrorBody,
  ChangesPage,
  EnrolResponse,
  KioskIdentity,
  KitdeskError,
  PushResponse,
  type KioskEvent,
} from '../../../domain/index.js';

const TIMEOUT_MS = 15_000;

/** The details of the error for an address where nothing answered, as against one that answered wrongly. */
export const UNREACHABLE = { reached: false } as const;

/** One keep-alive pool for every call to the central API. */
const agent = new Agent({ connectTimeout: 5_000, headersTimeout: TIMEOUT_MS, bodyTimeout: TIMEOUT_MS });

export function joinUrl(base: string, path: string): string {
  return new URL(path, base.endsWith('/') ? base : `${base}/`).toString();
}

/** One validated call to the central API; failures come back as KitdeskError with the server's code. */
export async function callCentralApi<T extends z.ZodType>(
  schema: T,
  method: Dispatcher.HttpMethod,
  url: string,
  token: string | null,
  body?: unknown,
): Promise<z.infer<T>> {
  let res: Dispatcher.ResponseData;
  try {
    res = await request(url, {
      method,
      dispatcher: agent,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new KitdeskError(
      'unavailable',
      `The central API at ${new URL(url).origin} cannot be reached (${why}).`,
      UNREACHABLE,
    );
  }
  const text = await res.body.text();
  let json: unknown;
  try {
    json = text.length > 0 ? JSON.parse(text) : null;
  } catch {
    throw new KitdeskError(
      'unavailable',
      `The central API answered ${res.statusCode} with something that is not JSON.`,
    );
  }
  if (res.statusCode >= 400) {
    const err = ApiErrorBody.safeParse(json);
    if (err.success)
      throw new KitdeskError(err.data.error.code, err.data.error.message, err.data.error.details);
    throw new KitdeskError(
      res.statusCode >= 500 ? 'unavailable' : 'internal',
      `The central API answered ${res.statusCode}.`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new KitdeskError(
      'internal',
      `The central API's answer to ${method} ${new URL(url).pathname} was not understood.`,
    );
  }
  return parsed.data;
}

/** The kiosk's side of the sync protocol (domain/sync), with every answer validated before use. */
export class CentralApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: string | null,
  ) {}

  enrol(code: string): Promise<EnrolResponse> {
    return callCentralApi(EnrolResponse, 'POST', joinUrl(this.baseUrl, 'kiosks/enrol'), null, { code });
  }

  health(): Promise<HealthResponse> {
    return callCentralApi(HealthResponse, 'GET', joinUrl(this.baseUrl, 'health'), null);
  }

  /** Which kiosk the central system at this address takes this credential for. */
  whoAmI(): Promise<KioskIdentity> {
    return callCentralApi(KioskIdentity, 'GET', joinUrl(this.baseUrl, 'kiosks/me'), this.token);
  }

  pull(after: number, limit: number): Promise<ChangesPage> {
    return callCentralApi(
      ChangesPage,
      'GET',
      joinUrl(this.baseUrl, `sync/changes?after=${after}&limit=${limit}`),
      this.token,
    );
  }

  push(events: KioskEvent[]): Promise<PushResponse> {
    return callCentralApi(PushResponse, 'POST', joinUrl(this.baseUrl, 'sync/events'), this.token, { events });
  }

  streamUrl(): string {
    return joinUrl(this.baseUrl, 'sync/stream');
  }

  /** A dispatcher that adds this kiosk's credential, for the server-sent events stream. */
  authorisedDispatcher(): Dispatcher {
    const token = this.token;
    return agent.compose(
      (dispatch) => (opts, handler) =>
        dispatch(
          {
            ...opts,
            headers: { ...(opts.headers as Record<string, string>), authorization: `Bearer ${token}` },
          },
          handler,
        ),
    );
  }
}
