import type { WebContents } from 'electron';
import { isAppUrl } from './app-origin.js';
import { isBlockedShortcut } from './blocked-shortcuts.js';
import type { ShellLog } from './shell-log.js';

/**
 * Keeps the kiosk page where it is: no navigation or redirect away from the app's own content in any frame,
 * no new windows, no <webview>, no pinch zoom, and (in production) no dev tools or reload keys.
 */
export function lockDownContents(contents: WebContents, production: boolean, log: ShellLog): void {
  contents.setWindowOpenHandler(({ url }) => {
    log.warn(`Refused to open a window on ${url}.`);
    return { action: 'deny' };
  });
  const stayInApp = (event: { url: string; preventDefault(): void }): void => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log.warn(`Refused to navigate the kiosk screen to ${event.url}.`);
  };
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  contents.setVisualZoomLevelLimits(1, 1).catch((err: unknown) => {
    log.warn(`Could not turn off pinch zoom on the kiosk screen: ${String(err)}.`);
  });
  if (production) {
    contents.on('before-input-event', (event, input) => {
      if (isBlockedShortcut(input)) event.preventDefault();
    });
  }
}
