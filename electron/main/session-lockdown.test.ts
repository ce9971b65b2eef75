import { EventEmitter } from 'node:events';
import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { lockDownSession } from './session-lockdown.js';

type Handler = (...args: unknown[]) => unknown;

function fakeSession() {
  const session = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: vi.fn<(h: Handler) => void>(),
    setPermissionCheckHandler: vi.fn<(h: Handler) => void>(),
    setDevicePermissionHandler: vi.fn<(h: Handler) => void>(),
    webRequest: { onBeforeRequest: vi.fn<(filter: { urls: string[] }, h: Handler) => void>() },
  });
  lockDownSession(session as unknown as Session);
  return session;
}

function preventable() {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

describe('lockDownSession', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'display-capture',
    'clipboard-read',
    'openExternal',
    'unknown',
  ])('denies the %s permission request', (permission) => {
    const session = fakeSession();
    const handler = session.setPermissionRequestHandler.mock.calls[0]![0];
    const callback = vi.fn();
    handler({}, permission, callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it.each(['hid', 'serial', 'usb', 'media', 'clipboard-read'])(
    'answers no to a %s permission check',
    (permission) => {
      const session = fakeSession();
      const check = session.setPermissionCheckHandler.mock.calls[0]![0];
      expect(check(null, permission, 'kitdesk://app', {})).toBe(false);
    },
  );

  it.each(['hid', 'serial', 'usb'])(
    'denies %s device permission: readers belong to the hardware service',
    (deviceType) => {
      const session = fakeSession();
      const device = session.setDevicePermissionHandler.mock.calls[0]![0];
      expect(device({ deviceType, origin: 'kitdesk://app', device: {} })).toBe(false);
    },
  );

  it('cancels every WebHID, Web Serial and WebUSB device picker without choosing a device', () => {
    const session = fakeSession();
    const hid = preventable();
    const hidCallback = vi.fn();
    session.emit('select-hid-device', hid, { deviceList: [{ deviceId: 'reader' }] }, hidCallback);
    expect(hid.prevented).toBe(true);
    expect(hidCallback).toHaveBeenCalledExactlyOnceWith(null);

    const serial = preventable();
    const serialCallback = vi.fn();
    session.emit('select-serial-port', serial, [{ portId: 'ttyUSB0' }], {}, serialCallback);
    expect(serial.prevented).toBe(true);
    expect(serialCallback).toHaveBeenCalledExactlyOnceWith('');

    const usb = preventable();
    const usbCallback = vi.fn();
    session.emit('select-usb-device', usb, { deviceList: [{ deviceId: 'reader' }] }, usbCallback);
    expect(usb.prevented).toBe(true);
    expect(usbCallback).toHaveBeenCalledExactlyOnceWith();
  });

  it('refuses downloads', () => {
    const session = fakeSession();
    const download = preventable();
    session.emit('will-download', download, {}, {});
    expect(download.prevented).toBe(true);
  });

  it('cancels every request to a remote address', () => {
    const session = fakeSession();
    const [filter, handler] = session.webRequest.onBeforeRequest.mock.calls[0]!;
    expect(filter.urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']),
    );
    const callback = vi.fn();
    handler({ url: 'https://example.com/tracker.js' }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({ cancel: true });
  });
});
