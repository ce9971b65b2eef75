import type { CustomScheme } from 'electron';

/**
 * The kiosk's UI is served from a private scheme rather than file://: a file:// page may read any file on
 * the disk and shares its origin with every other file, while kitdesk://app/ can only ever be the built
 * renderer. Navigation, IPC senders and the CSP are all judged against this one origin.
 */
export const APP_SCHEME = 'kitdesk';
export const APP_HOST = 'app';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * `standard` gives the scheme real origins (so 'self' in the CSP means it) and `secure` a secure context.
 * Vite marks its module scripts `crossorigin`, which Chromium fetches only from CORS-enabled schemes; no
 * other origin can read from this one, as no answer carries an Access-Control-Allow-Origin header.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

/**
 * Only the app's own files: no remote scripts, frames, forms or plugins. Images, fonts and sounds may also
 * be `data:` because Vite inlines small assets that way. `connect-src 'self'` lets the bundle load its own
 * chunks; everything the UI learns comes through window.kiosk, never the network.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "media-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Whether a URL is one of the app's own pages or files. */
export function isAppUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  // Node gives non-special schemes an opaque origin ("null"), so compare scheme and host instead.
  const parsed = new URL(url);
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '';
}

/** The part of an IPC sender's frame that decides whether it may call the kiosk. */
export type SenderFrame = { readonly url: string; readonly parent: unknown } | null;

/**
 * Only the app's top-level page may call the kiosk: not a frame that has gone away (null), not a subframe
 * (the CSP forbids them, this makes sure), and not a page from anywhere else.
 */
export function isAllowedSender(frame: SenderFrame): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}
