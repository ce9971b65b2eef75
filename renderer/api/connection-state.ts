/** Whether the screen can reach the kiosk core. Electron's IPC is always open; the WebSocket can drop. */
export type ConnectionState =
  | { status: 'connecting' }
  | { status: 'open' }
  | { status: 'reconnecting'; attempt: number }
  /** The host turned this page away (wrong or missing token): retrying cannot help. */
  | { status: 'refused'; message: string };

export type ConnectionSource = {
  current(): ConnectionState;
  /** Returns a function that unsubscribes. */
  subscribe(listener: (state: ConnectionState) => void): () => void;
};

export const alwaysOpen: ConnectionSource = {
  current: () => ({ status: 'open' }),
  subscribe: () => () => undefined,
};
