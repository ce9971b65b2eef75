import type { SocketFactory } from './socket-client.js';

/** The browser's own WebSocket behind the client's socket interface. */
export const browserSocket: SocketFactory = (url, on) => {
  const ws = new WebSocket(url);
  ws.onopen = () => on.open();
  ws.onmessage = (e) => on.message(typeof e.data === 'string' ? e.data : '');
  ws.onclose = (e) => on.close(e.code, e.reason);
  return ws;
};
