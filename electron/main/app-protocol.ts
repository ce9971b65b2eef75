import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY, isAppUrl } from './app-origin.js';

export type AppProtocolDeps = {
  /** The built renderer (renderer/dist); nothing outside it is ever served. */
  rendererDir: string;
  /** Reads a local file:// URL; Electron's `net.fetch` in the app, which also sets the MIME type. */
  fetchFile: (fileUrl: string) => Promise<Response>;
};

/** The file under `rendererDir` that an app URL names, or null when it would step outside it. */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  const parsed = new URL(url);
  let pathname: string;
  try {
    // Decoding can produce "../" from "%2e%2e%2f", which the relative() check below then catches.
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const root = resolve(rendererDir);
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

/**
 * Serves kitdesk://app/… from the built renderer, adding the Content-Security-Policy to every answer so
 * the policy holds whatever the HTML says.
 */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAppFile(deps.rendererDir, request.url);
    if (file === null || request.method !== 'GET') return notFound();
    let found: Response;
    try {
      found = await deps.fetchFile(pathToFileURL(file).href);
    } catch {
      return notFound();
    }
    const headers = new Headers(found.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    // The scheme is CORS-enabled for Vite's module scripts; no other origin may read the app's files.
    headers.delete('Access-Control-Allow-Origin');
    return new Response(found.body, { status: found.status, statusText: found.statusText, headers });
  };
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}
