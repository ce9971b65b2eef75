import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi, type Mock } from 'vitest';
import { kioskApiMethods, type KioskEventMessage } from '../../domain/index.js';
import type { KioskHandlers } from '../core/api/dispatch.js';
import { KIOSK_CALL_CHANNEL, KIOSK_EVENT_CHANNEL } from '../preload/channels.js';
import { APP_ENTRY_URL, isAllowedSender } from './app-origin.js';
import { forwardEvents, registerIpc, type BridgedCore } from './ipc-bridge.js';

const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

type Invoke = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setUp() {
  const handlers = Object.fromEntries(
    Object.keys(kioskApiMethods).map((method) => [method, vi.fn(async () => ({ ok: true }))]),
  ) as Record<string, Mock>;
  const listeners: ((m: KioskEventMessage) => void)[] = [];
  const core: BridgedCore = {
    handlers: handlers as unknown as KioskHandlers,
    subscribe(listener) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  };
  const registered = new Map<string, Invoke>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Invoke) => registered.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => registered.delete(channel)),
  };
  const unregister = registerIpc(ipcMain as unknown as IpcMain, core, isAllowedSender, log);
  const invoke = (frame: { url: string; parent: unknown } | null, ...args: unknown[]) =>
    registered.get(KIOSK_CALL_CHANNEL)!({ senderFrame: frame } as unknown as IpcMainInvokeEvent, ...args);
  return { handlers, core, listeners, registered, unregister, invoke };
}

const appPage = { url: APP_ENTRY_URL, parent: null };

describe('registerIpc', () => {
  it('hands a valid call from the app’s page to the core with the parsed parameters', async () => {
    const { handlers, invoke } = setUp();
    handlers['catalogue.search']!.mockResolvedValue({ people: [], assets: [] });

    const answer = await invoke(appPage, 'catalogue.search', { query: '  tripod ' });

    expect(answer).toEqual({ ok: true, result: { people: [], assets: [] } });
    // The schema trims the query and fills in the default limit before the core sees it.
    expect(handlers['catalogue.search']).toHaveBeenCalledExactlyOnceWith({ query: 'tripod', limit: 20 });
  });

  it.each([
    ['a remote page', { url: 'https://example.com/', parent: null }],
    ['a file:// page', { url: 'file:///opt/kitdesk/renderer/dist/index.html', parent: null }],
    ['a subframe of the app', { url: APP_ENTRY_URL, parent: appPage }],
    ['a frame that has gone', null],
  ])('refuses %s as a value, without calling the core', async (_name, frame) => {
    const { handlers, invoke } = setUp();

    const answer = await invoke(frame, 'station.exit', {});

    expect(answer).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    expect(handlers['station.exit']).not.toHaveBeenCalled();
  });

  it.each([
    ['a wrong type', 'session.override', { reason: 42 }],
    ['a too-short reason', 'session.override', { reason: 'no' }],
    ['an unknown field on a strict call', 'station.exit', { force: true }],
    ['an invalid URL', 'station.enrol', { apiUrl: 'not a url', code: '123456' }],
  ])('answers validation_failed for %s, without calling the core', async (_name, method, params) => {
    const { handlers, invoke } = setUp();

    const answer = await invoke(appPage, method, params);

    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'validation_failed',
        message: expect.any(String),
        details: { issues: expect.any(Array) },
      },
    });
    expect(handlers[method]).not.toHaveBeenCalled();
  });

  it('answers validation_failed for a method the contract does not have', async () => {
    const { invoke } = setUp();
    const answer = await invoke(appPage, 'fs.readFile', { path: '/etc/passwd' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
  });

  it('answers a failing handler as a value', async () => {
    const { handlers, invoke } = setUp();
    handlers['sync.now']!.mockRejectedValue(new Error('socket hang up'));
    const answer = await invoke(appPage, 'sync.now', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('removes its handler when asked', () => {
    const { registered, unregister } = setUp();
    unregister();
    expect(registered.has(KIOSK_CALL_CHANNEL)).toBe(false);
  });
});

describe('forwardEvents', () => {
  const message: KioskEventMessage = { event: 'cue', data: 'scan-ok' };

  function page(url: string, destroyed = false) {
    return { send: vi.fn(), isDestroyed: () => destroyed, getURL: () => url };
  }

  it('sends each core event to the page the window shows now', () => {
    const { core, listeners } = setUp();
    const first = page(APP_ENTRY_URL);
    const second = page(APP_ENTRY_URL);
    let current = first;
    forwardEvents(core, () => current as unknown as WebContents);

    listeners.forEach((l) => l(message));
    current = second;
    listeners.forEach((l) => l(message));

    expect(first.send).toHaveBeenCalledExactlyOnceWith(KIOSK_EVENT_CHANNEL, message);
    expect(second.send).toHaveBeenCalledExactlyOnceWith(KIOSK_EVENT_CHANNEL, message);
  });

  it('sends nothing to a destroyed page or a page that is not the app', () => {
    const { core, listeners } = setUp();
    const gone = page(APP_ENTRY_URL, true);
    const foreign = page('https://example.com/');
    let current = gone;
    forwardEvents(core, () => current as unknown as WebContents);
    listeners.forEach((l) => l(message));
    current = foreign;
    listeners.forEach((l) => l(message));
    expect(gone.send).not.toHaveBeenCalled();
    expect(foreign.send).not.toHaveBeenCalled();
  });

  it('stops when unsubscribed', () => {
    const { core, listeners } = setUp();
    const target = page(APP_ENTRY_URL);
    const stop = forwardEvents(core, () => target as unknown as WebContents);
    stop();
    listeners.forEach((l) => l(message));
    expect(target.send).not.toHaveBeenCalled();
  });
});
