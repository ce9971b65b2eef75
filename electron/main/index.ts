import {
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
} from 'electron';
import { openKioskCore } from '../core/index.js';
import { startShell } from './shell.js';

// Named imports: they are what Electron's ESM loader documents for the main process.
const electron = {
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
};

startShell({ electron, openCore: openKioskCore, log: console }).catch((err: unknown) => {
  console.error('The kiosk shell failed:', err);
  app.exit(1);
});
