import type * as Electron from 'electron';
import { hardwareServiceEntry } from '../../hardware/service/node-spawn.js';
import { startHardwareService } from '../../hardware/service/supervisor.js';
import type { KioskCore, KioskCoreOptions, OpenHardware } from '../core/index.js';
import { APP_SCHEME, appSchemePrivileges, isAllowedSender } from './app-origin.js';
import { appPaths } from './app-paths.js';
import { createAppProtocolHandler } from './app-protocol.js';
import { lockDownContents } from './contents-lockdown.js';
import { utilityProcessSpawner } from './hardware-process.js';
import { forwardEvents, registerIpc } from './ipc-bridge.js';
import { createKioskWindow } from './kiosk-window.js';
import { superviseRenderer } from './renderer-supervisor.js';
import { lockDownSession } from './session-lockdown.js';
import type { ShellLog } from './shell-log.js';
import { claimSingleInstance } from './single-instance.js';

export type ShellElectron = Pick<
  typeof Electron,
  | 'app'
  | 'BrowserWindow'
  | 'dialog'
  | 'ipcMain'
  | 'Menu'
  | 'net'
  | 'powerSaveBlocker'
  | 'protocol'
  | 'session'
  | 'utilityProcess'
>;

export type ShellDeps = {
  electron: ShellElectron;
  openCore: (options: KioskCoreOptions) => Promise<KioskCore>;
  log: ShellLog;
  platform?: NodeJS.Platform;
};

/** A fourth renderer crash within a minute is a loop: the app exits, and systemd starts it afresh. */
const rendererLimits = { maxReloads: 3, windowMs: 60_000, hangGraceMs: 15_000 };

/**
 * Hosts the kiosk core in Electron: one locked-down window on the app's own content, the core bridged to it
 * over validated IPC, the hardware service in a supervised utility process. Every decision about lending,
 * settings and who may exit lives in the core; this only wires Electron to it.
 */
export async function startShell(deps: ShellDeps): Promise<void> {
  const {
    app,
    BrowserWindow,
    dialog,
    ipcMain,
    Menu,
    net,
    powerSaveBlocker,
    protocol,
    session,
    utilityProcess,
  } = deps.electron;
  const { log } = deps;
  // Must happen before `ready`: a scheme's privileges are fixed when the browser starts.
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

  let window: Electron.BrowserWindow | null = null;
  const bringToFront = (): void => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  };
  if (!claimSingleInstance(app, bringToFront)) return;

  // Any real quit (a staff maintenance exit, systemd stopping the unit, the OS shutting down) may close the
  // window; a close request on its own (Alt+F4) may not.
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });

  await app.whenReady();
  const production = app.isPackaged;
  const paths = appPaths(app.getAppPath());
  Menu.setApplicationMenu(null);
  lockDownSession(session.defaultSession);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rendererDir: paths.rendererDir, fetchFile: (url) => net.fetch(url) }),
  );

  // The service's own supervisor restarts it with back-off; each start is a new utility process.
  const spawn = utilityProcessSpawner((...args) => utilityProcess.fork(...args), hardwareServiceEntry());
  const openHardware: OpenHardware = (config, onEvent) => startHardwareService({ config, onEvent, spawn });

  let core: KioskCore;
  try {
    core = await deps.openCore({
      dataDir: app.getPath('userData'),
      version: app.getVersion(),
      openHardware,
      // Deferred so the renderer's `station.exit` call is answered before the app goes.
      onExit: () => setImmediate(() => app.quit()),
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log.error(`The kiosk could not start: ${message}`);
    dialog.showErrorBox('Kitdesk could not start', message);
    app.exit(1);
    return;
  }

  const unregisterIpc = registerIpc(ipcMain, core, isAllowedSender, log);
  window = createKioskWindow(BrowserWindow, { preload: paths.preload, production }, () => quitting, log);
  // Same tick as the window's creation, so before its first page can navigate or ask for anything.
  lockDownContents(window.webContents, production, log);
  const stopEvents = forwardEvents(core, () => window?.webContents ?? null);

  // Once, and the screen's calls stop reaching the core first (the preload answers them "unavailable").
  let closing: Promise<void> | undefined;
  const closeCore = (): Promise<void> => {
    closing ??= (async () => {
      unregisterIpc();
      stopEvents();
      await core.close();
    })().catch((err: unknown) => log.error(`The kiosk core did not close cleanly: ${String(err)}`));
    return closing;
  };

  superviseRenderer(window.webContents, {
    ...rendererLimits,
    log,
    onGiveUp: () => {
      void closeCore().then(() => app.exit(1));
    },
  });
  powerSaveBlocker.start('prevent-display-sleep');
  // Linux autostart comes from the deb's systemd user unit; Windows has no such thing, so the app asks.
  if (production && (deps.platform ?? process.platform) === 'win32')
    app.setLoginItemSettings({ openAtLogin: true });

  let closed = false;
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void closeCore().then(() => {
      closed = true;
      app.quit();
    });
  });
}
