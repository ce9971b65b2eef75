import { EventEmitter } from 'node:events';
import type { IpcRenderer } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { KioskEventMessage } from '../../domain/index.js';
import { KIOSK_CALL_CHANNEL, KIOSK_EVENT_CHANNEL } from './channels.js';
import { createKioskBridge } from './kiosk-bridge.js';

function fakeIpc() {
  return Object.assign(new EventEmitter(), { invoke: vi.fn<(...args: unknown[]) => Promise<unknown>>() });
}

const message: KioskEventMessage = { event: 'cue', data: 'loan-done' };

describe('createKioskBridge', () => {
  it('exposes exactly call and subscribe', () => {
    const bridge = createKioskBridge(fakeIpc() as unknown as IpcRenderer);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'subscribe']);
  });

  it('passes a call to the main process and returns its answer', async () => {
    const ipc = fakeIpc();
    ipc.invoke.mockResolvedValue({ ok: true, result: { ok: true } });
    const bridge = createKioskBridge(ipc as unknown as IpcRenderer);

    const answer = await bridge.call('session.touch', {});

    expect(ipc.invoke).toHaveBeenCalledExactlyOnceWith(KIOSK_CALL_CHANNEL, 'session.touch', {});
    expect(answer).toEqual({ ok: true, result: { ok: true } });
  });

  it('answers an IPC failure as a value the screen can show', async () => {
    const ipc = fakeIpc();
    ipc.invoke.mockRejectedValue(new Error("No handler registered for 'kiosk:call'"));
    const bridge = createKioskBridge(ipc as unknown as IpcRenderer);

    const answer = await bridge.call('session.get', {});

    expect(answer).toEqual({ ok: false, error: { code: 'unavailable', message: expect.any(String) } });
  });

  it('gives listeners the message only, never the IPC event, until they unsubscribe', () => {
    const ipc = fakeIpc();
    const bridge = createKioskBridge(ipc as unknown as IpcRenderer);
    const listener = vi.fn();
    const unsubscribe = bridge.subscribe(listener);

    ipc.emit(KIOSK_EVENT_CHANNEL, { sender: ipc }, message);
    unsubscribe();
    ipc.emit(KIOSK_EVENT_CHANNEL, { sender: ipc }, message);

    expect(listener).toHaveBeenCalledExactlyOnceWith(message);
  });

  it('still tells the other listeners when one of them throws', () => {
    const ipc = fakeIpc();
    const bridge = createKioskBridge(ipc as unknown as IpcRenderer);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const after = vi.fn();
    bridge.subscribe(() => {
      throw new Error('render failed');
    });
    bridge.subscribe(after);

    ipc.emit(KIOSK_EVENT_CHANNEL, {}, message);

    expect(after).toHaveBeenCalledExactlyOnceWith(message);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});
