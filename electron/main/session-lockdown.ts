import type { Session } from 'electron';

/** The remote schemes the kiosk page may never reach: its data comes through window.kiosk only. */
const remoteUrls = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

/**
 * Everything the page could ask the browser for is refused. Card readers and scanners are read natively by
 * the hardware service, so WebHID, Web Serial, WebUSB and their device pickers are refused too: a page that
 * opened a reader itself would take it from the hardware service.
 */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('will-download', (event) => event.preventDefault());
  session.webRequest.onBeforeRequest({ urls: remoteUrls }, (_details, callback) =>
    callback({ cancel: true }),
  );
}
