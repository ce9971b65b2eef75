import { contextBridge, ipcRenderer } from 'electron';
import { createKioskBridge } from './kiosk-bridge.js';

contextBridge.exposeInMainWorld('kiosk', createKioskBridge(ipcRenderer));
