import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { KioskCallResult, KioskEventMessage, KioskMethod } from '../../domain/index.js';
import { dispatch, type KioskHandlers } from '../core/api/dispatch.js';
import { KIOSK_CALL_CHANNEL, KIOSK_EVENT_CHANNEL } from '../preload/channels.js';
import { isAppUrl, type SenderFrame } from './app-origin.js';
import type { ShellLog } from './shell-log.js';

/** The part of the kiosk core the bridge needs. */
export type BridgedCore = {
  handlers: KioskHandlers;
  subscribe(listener: (message: KioskEventMessage) => void): () => void;
};

/**
 * Answers the preload's calls. The sender and every argument are untrusted: a frame that is not the app's
 * own page is refused, and `dispatch` validates the method and parameters against the domain schemas.
 * Failures are answered as values, so the renderer never sees a thrown IPC error.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  core: BridgedCore,
  isAllowedSender: (frame: SenderFrame) => boolean,
  log: ShellLog,
): () => void {
  ipcMain.handle(
    KIOSK_CALL_CHANNEL,
    async (
      event: IpcMainInvokeEvent,
      method: unknown,
      params: unknown,
    ): Promise<KioskCallResult<KioskMethod>> => {
      const frame = event.senderFrame;
      if (!isAllowedSender(frame)) {
        log.warn(`Refused a kiosk call from ${frame?.url ?? 'a frame that has gone'}.`);
        return {
          ok: false,
          error: { code: 'forbidden', message: 'Only the kiosk screen itself may make kiosk calls.' },
        };
      }
      return dispatch(core.handlers, method, params);
    },
  );
  return () => ipcMain.removeHandler(KIOSK_CALL_CHANNEL);
}

/**
 * Pushes the core's events to whichever page the kiosk window shows now (it changes when it reloads), and
 * only while that page is the app's own: events carry pupils' names.
 */
export function forwardEvents(core: BridgedCore, contents: () => WebContents | null): () => void {
  return core.subscribe((message) => {
    const target = contents();
    if (target && !target.isDestroyed() && isAppUrl(target.getURL()))
      target.send(KIOSK_EVENT_CHANNEL, message);
  });
}
