import type { IpcRenderer } from 'electron';
import type { KioskApi, KioskCallResult, KioskEventMessage, KioskMethod } from '../../domain/index.js';
import { KIOSK_CALL_CHANNEL, KIOSK_EVENT_CHANNEL } from './channels.js';

type Listener = (message: KioskEventMessage) => void;

/**
 * `window.kiosk` over Electron IPC. The page gets two narrow functions and never ipcRenderer itself, nor the
 * IPC event (whose `sender` is ipcRenderer). Validation happens in the main process, which trusts nothing
 * from here; this side only keeps the promise of "errors come back as values" when IPC itself fails.
 */
export function createKioskBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on'>): KioskApi {
  const listeners = new Set<Listener>();
  ipc.on(KIOSK_EVENT_CHANNEL, (_event, message: KioskEventMessage) => {
    for (const listener of listeners) {
      try {
        listener(message);
      } catch (err) {
        // One failing screen component must not stop the others hearing the event.
        console.error('A window.kiosk listener failed:', err);
      }
    }
  });

  async function call(method: KioskMethod, params: unknown): Promise<KioskCallResult<KioskMethod>> {
    try {
      return (await ipc.invoke(KIOSK_CALL_CHANNEL, method, params)) as KioskCallResult<KioskMethod>;
    } catch {
      return {
        ok: false,
        error: {
          code: 'unavailable',
          message: 'The kiosk is starting or restarting. Wait a moment and try again.',
        },
      };
    }
  }

  return {
    call: call as KioskApi['call'],
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
