import type { KioskApi } from '../../domain/kiosk-api/index.js';
import { browserSocket } from './browser-socket.js';
import { alwaysOpen, type ConnectionSource } from './connection-state.js';
import { validatedKioskApi } from './result-check.js';
import { createSocketKioskClient } from './socket-client.js';

declare global {
  interface Window {
    /** Put there by the Electron preload, or by this module in a plain browser. */
    kiosk?: KioskApi;
  }
}

export type KioskConnection = { api: KioskApi; connection: ConnectionSource };

const refused = (message: string): ConnectionSource => ({
  current: () => ({ status: 'refused', message }),
  subscribe: () => () => undefined,
});

const warn = (problem: string) => console.warn(`Kitdesk: ${problem}`);

/**
 * The one place that knows how the screen reaches the kiosk. Inside Electron the preload has already put
 * the KioskApi on `window.kiosk`; in a browser the page was opened at the browser host's address, whose
 * fragment carries this launch's token, and a WebSocket client is installed as `window.kiosk` instead.
 */
export function installKiosk(): KioskConnection {
  if (window.kiosk) return { api: validatedKioskApi(window.kiosk, warn), connection: alwaysOpen };
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (!token) {
    const message =
      'This page was opened without the kiosk’s key. Open the full address Kitdesk printed when it started.';
    const api: KioskApi = {
      call: async () => ({ ok: false, error: { code: 'unauthenticated', message } }),
      subscribe: () => () => undefined,
    };
    return { api, connection: refused(message) };
  }
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const client = createSocketKioskClient({
    url: `${scheme}://${window.location.host}/api?token=${encodeURIComponent(token)}`,
    connect: browserSocket,
    warn,
  });
  window.kiosk = client.api;
  return client;
}
