import type { App } from 'electron';

/**
 * One kiosk per machine: two would fight over the card readers and the SQLite file. A second launch (the
 * autostart firing again, someone double-clicking the icon) quits at once and brings the first to the front.
 * Returns false when this process is the second and is quitting.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  bringToFront: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', bringToFront);
  return true;
}
