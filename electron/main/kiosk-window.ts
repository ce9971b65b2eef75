import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './app-origin.js';
import type { ShellLog } from './shell-log.js';

export type KioskWindowConfig = {
  /** The bundled sandboxed preload (a single CommonJS file). */
  preload: string;
  /** A packaged app: kiosk mode, no dev tools, and the window cannot be closed by the person at it. */
  production: boolean;
};

/**
 * The renderer gets no Node, no Electron and no way out of its sandbox: it reaches the kiosk only through
 * the `window.kiosk` bridge the preload exposes. Outside production the window is an ordinary one, so a
 * developer can still reach the rest of the desktop and open dev tools.
 */
export function kioskWindowOptions(config: KioskWindowConfig): BrowserWindowConstructorOptions {
  return {
    show: false,
    kiosk: config.production,
    fullscreen: config.production,
    width: 1280,
    height: 800,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    title: 'Kitdesk',
    webPreferences: {
      preload: config.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !config.production,
      // A stray alert() would freeze a screen nobody can dismiss with a keyboard.
      disableDialogs: true,
      // Sound cues answer a card tap or a scan, which the page never sees as a user gesture.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}

type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/**
 * Opens the kiosk window on the app's entry page. In production a close request (Alt+F4, the window
 * manager) is refused unless `mayClose` says a staff maintenance exit is under way.
 */
export function createKioskWindow(
  Window: WindowConstructor,
  config: KioskWindowConfig,
  mayClose: () => boolean,
  log: ShellLog,
): BrowserWindow {
  const window = new Window(kioskWindowOptions(config));
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (config.production && !mayClose()) event.preventDefault();
  });
  window.loadURL(APP_ENTRY_URL).catch((err: unknown) => {
    log.error(`The kiosk screen did not load from ${APP_ENTRY_URL}: ${String(err)}. Is renderer/dist built?`);
  });
  return window;
}
