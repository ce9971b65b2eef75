import { EventEmitter } from 'node:events';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from './app-origin.js';
import { createKioskWindow, kioskWindowOptions } from './kiosk-window.js';

const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

class FakeWindow extends EventEmitter {
  static last: FakeWindow | undefined;
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.last = this;
  }
}

function open(production: boolean, mayClose = () => false): FakeWindow {
  createKioskWindow(
    FakeWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow,
    {
      preload: '/app/dist/electron/preload/kiosk-preload.cjs',
      production,
    },
    mayClose,
    log,
  );
  return FakeWindow.last!;
}

function closeRequest(window: FakeWindow): boolean {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  window.emit('close', event);
  return event.defaultPrevented;
}

describe('kioskWindowOptions', () => {
  it.each([true, false])('isolates and sandboxes the renderer (production %s)', (production) => {
    const prefs = kioskWindowOptions({ preload: '/p.cjs', production }).webPreferences!;
    const switchedOff = ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames'];
    switchedOff.push('allowRunningInsecureContent', 'webviewTag', 'navigateOnDragDrop');
    expect(prefs).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
    });
    for (const key of switchedOff) expect(prefs).toHaveProperty(key, false);
  });

  it('is a full-screen kiosk without dev tools in production', () => {
    const options = kioskWindowOptions({ preload: '/p.cjs', production: true });
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, autoHideMenuBar: true });
    expect(options.webPreferences?.devTools).toBe(false);
  });

  it('is an ordinary window with dev tools for a developer', () => {
    const options = kioskWindowOptions({ preload: '/p.cjs', production: false });
    expect(options).toMatchObject({ kiosk: false, fullscreen: false });
    expect(options.webPreferences?.devTools).toBe(true);
  });
});

describe('createKioskWindow', () => {
  it('loads the app’s own entry page and shows the window once it is ready', () => {
    const window = open(true);
    expect(window.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('refuses a close request in production unless a maintenance exit is under way', () => {
    let exiting = false;
    const window = open(true, () => exiting);
    expect(closeRequest(window)).toBe(true);
    exiting = true;
    expect(closeRequest(window)).toBe(false);
  });

  it('lets a developer close the window', () => {
    expect(closeRequest(open(false))).toBe(false);
  });

  it('logs a page that fails to load instead of leaving an unhandled rejection', async () => {
    const failing = class extends FakeWindow {
      override readonly loadURL = vi.fn(async () => {
        throw new Error('ERR_FILE_NOT_FOUND');
      });
    };
    createKioskWindow(
      failing as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow,
      {
        preload: '/p.cjs',
        production: true,
      },
      () => false,
      log,
    );
    await vi.waitFor(() =>
      expect(log.error).toHaveBeenCalledWith(expect.stringContaining('ERR_FILE_NOT_FOUND')),
    );
  });
});
