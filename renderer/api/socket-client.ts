import {
  WireServerMessage,
  type KioskApi,
  type KioskCallResult,
  type KioskEventMessage,
  type KioskMethod,
} from '../../domain/kiosk-api/index.js';
import type { ConnectionSource, ConnectionState } from './connection-state.js';
import { checkResult } from './result-check.js';

/** What the client needs of a socket; the browser's WebSocket and `ws` both fit behind it. */
export type SocketHandlers = {
  open(): void;
  message(data: string): void;
  close(code: number, reason: string): void;
};
export type SocketLike = { send(data: string): void; close(): void };
export type SocketFactory = (url: string, on: SocketHandlers) => SocketLike;

export type SocketClientOptions = {
  url: string;
  connect: SocketFactory;
  /** Waits before each reconnect attempt; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** How long a call may wait for an answer, including waiting for the socket to come back. */
  callTimeoutMs?: number;
  warn?: (problem: string) => void;
};

export type SocketKioskClient = { api: KioskApi; connection: ConnectionSource; close(): void };

/** The browser host closes the socket with this code when the token or origin is wrong. */
export const REFUSED_CLOSE_CODE = 4401;

type Pending = {
  method: KioskMethod;
  frame: string;
  sent: boolean;
  timer: ReturnType<typeof setTimeout>;
  settle: (answer: KioskCallResult<KioskMethod>) => void;
};

const unavailable = (message: string) => ({
  ok: false as const,
  error: { code: 'unavailable' as const, message },
});

/**
 * The KioskApi over the browser host's WebSocket: numbered requests matched to their responses, pushed
 * events fanned out to subscribers, automatic reconnection, and every failure answered as a value.
 */
export function createSocketKioskClient(o: SocketClientOptions): SocketKioskClient {
  const retryDelays = o.retryDelaysMs ?? [250, 500, 1000, 2000, 5000];
  const callTimeoutMs = o.callTimeoutMs ?? 15_000;
  const warn = o.warn ?? ((problem: string) => console.warn(problem));
  const pending = new Map<number, Pending>();
  const eventListeners = new Set<(m: KioskEventMessage) => void>();
  const stateListeners = new Set<(s: ConnectionState) => void>();
  let state: ConnectionState = { status: 'connecting' };
  let socket: SocketLike | null = null;
  let isOpen = false;
  let failedAttempts = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  let nextId = 1;

  const setState = (next: ConnectionState) => {
    state = next;
    for (const l of stateListeners) l(next);
  };

  const settle = (id: number, answer: KioskCallResult<KioskMethod>) => {
    const p = pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    pending.delete(id);
    p.settle(answer);
  };

  const sendWaiting = () => {
    for (const p of pending.values()) {
      if (p.sent || !socket || !isOpen) continue;
      socket.send(p.frame);
      p.sent = true;
    }
  };

  const onMessage = (data: string) => {
    let body: unknown;
    try {
      body = JSON.parse(data);
    } catch {
      return warn('The kiosk sent a message that is not JSON; ignored.');
    }
    const parsed = WireServerMessage.safeParse(body);
    if (!parsed.success)
      return warn(`Ignored a message the contract does not allow: ${parsed.error.message}`);
    const m = parsed.data;
    if (m.type === 'event') {
      for (const l of eventListeners) l(m.message);
      return;
    }
    const p = pending.get(m.response.id);
    if (p) settle(m.response.id, checkResult(p.method, m.response));
  };

  const onClose = (code: number, reason: string) => {
    socket = null;
    isOpen = false;
    // A sent call may or may not have happened (a confirm, say): the screen must look, not retry blindly.
    for (const [id, p] of pending) {
      if (p.sent)
        settle(
          id,
          unavailable(
            'The connection to the kiosk dropped before it answered. Check the screen and try again.',
          ),
        );
    }
    if (closed) return;
    if (code === REFUSED_CLOSE_CODE) {
      for (const id of [...pending.keys()])
        settle(id, unavailable('This page is not allowed to use the kiosk.'));
      return setState({
        status: 'refused',
        message: reason || 'This page is not allowed to use the kiosk.',
      });
    }
    const delay = retryDelays[Math.min(failedAttempts, retryDelays.length - 1)] ?? 1000;
    failedAttempts++;
    setState({ status: 'reconnecting', attempt: failedAttempts });
    retryTimer = setTimeout(open, delay);
  };

  function open(): void {
    retryTimer = null;
    if (closed) return;
    socket = o.connect(o.url, {
      open: () => {
        isOpen = true;
        failedAttempts = 0;
        setState({ status: 'open' });
        sendWaiting();
      },
      message: onMessage,
      close: onClose,
    });
  }

  open();

  const api: KioskApi = {
    call(method, params) {
      if (closed || state.status === 'refused') {
        return Promise.resolve(unavailable('This page is no longer connected to the kiosk.'));
      }
      const id = nextId++;
      return new Promise((resolve) => {
        const timer = setTimeout(
          () => settle(id, unavailable('The kiosk did not answer in time. Try again in a moment.')),
          callTimeoutMs,
        );
        pending.set(id, {
          method,
          frame: JSON.stringify({ id, method, params }),
          sent: false,
          timer,
          settle: resolve as Pending['settle'],
        });
        sendWaiting();
      });
    },
    subscribe(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
  };
  const connection: ConnectionSource = {
    current: () => state,
    subscribe(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
  };
  return {
    api,
    connection,
    close() {
      closed = true;
      if (retryTimer !== null) clearTimeout(retryTimer);
      for (const id of [...pending.keys()])
        settle(id, unavailable('This page closed its connection to the kiosk.'));
      socket?.close();
    },
  };
}
