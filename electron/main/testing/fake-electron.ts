import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * The parts of Electron the shell uses, as plain Node objects with spies. Electron's binary cannot run
 * here, so this is where the shell's wiring is observed: what it asked Electron for, and how it reacts
 * to the events Electron would send.
 */
export function fakeElectron(options: { gotLock?: boolean; packaged?: boolean } = {}) {
  const windows: FakeWindow[] = [];
  const children: FakeUtilityProcess[] = [];

  class FakeWebContents extends EventEmitter {
    url = 'kitdesk://app/index.html';
    readonly send = vi.fn();
    readonly reload = vi.fn();
    readonly forcefullyCrashRenderer = vi.fn();
    readonly setWindowOpenHandler = vi.fn();
    readonly setVisualZoomLevelLimits = vi.fn(async () => undefined);
    readonly isDestroyed = vi.fn(() => false);
    getURL(): string {
      return this.url;
    }
  }

  class FakeWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => false);
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
  }

  class FakeUtilityProcess extends EventEmitter {
    readonly postMessage = vi.fn();
    readonly kill = vi.fn(() => true);
    constructor(
      readonly modulePath: string,
      readonly options: unknown,
    ) {
      super();
      children.push(this);
    }
  }

  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.packaged ?? true,
    requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
    whenReady: vi.fn(async () => undefined),
    getAppPath: vi.fn(() => '/opt/kitdesk/resources/app.asar'),
    getPath: vi.fn((name: string) => {
      if (name !== 'userData')
        throw new Error(`The shell asked for the ${name} path, which it has no use for.`);
      return '/home/kiosk/.config/kitdesk';
    }),
    getVersion: vi.fn(() => '1.2.3'),
    quit: vi.fn(),
    exit: vi.fn(),
    setLoginItemSettings: vi.fn(),
  });
  const session = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  });

  const electron = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: {
      handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) =>
        handlers.set(channel, handler),
      ),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
    },
    Menu: { setApplicationMenu: vi.fn() },
    net: { fetch: vi.fn(async (url: string) => new Response(`contents of ${url}`)) },
    powerSaveBlocker: { start: vi.fn(() => 1) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: session },
    utilityProcess: {
      fork: vi.fn((modulePath: string, _args?: string[], forkOptions?: unknown) => {
        return new FakeUtilityProcess(modulePath, forkOptions);
      }),
    },
  };
  return { electron, windows, children, handlers, app, session };
}

export type FakeElectron = ReturnType<typeof fakeElectron>;
