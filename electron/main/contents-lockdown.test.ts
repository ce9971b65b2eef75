import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from './app-origin.js';
import { lockDownContents } from './contents-lockdown.js';

const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

function fakeContents(production: boolean) {
  const contents = Object.assign(new EventEmitter(), {
    setWindowOpenHandler: vi.fn<(h: (d: { url: string }) => { action: string }) => void>(),
    setVisualZoomLevelLimits: vi.fn(async (_min: number, _max: number) => undefined),
  });
  lockDownContents(contents as unknown as WebContents, production, log);
  return contents;
}

function navigation(url: string) {
  return {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

function key(contents: EventEmitter, input: Record<string, unknown>): boolean {
  const event = navigation('');
  contents.emit('before-input-event', event, {
    type: 'keyDown',
    control: false,
    meta: false,
    shift: false,
    alt: false,
    ...input,
  });
  return event.prevented;
}

describe('lockDownContents', () => {
  it.each(['will-frame-navigate', 'will-redirect'])('blocks %s away from the app in any frame', (name) => {
    const contents = fakeContents(true);
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'kitdesk://elsewhere/index.html',
      'javascript:alert(1)',
    ]) {
      const event = navigation(url);
      contents.emit(name, event);
      expect(event.prevented, url).toBe(true);
    }
  });

  it('lets the app move between its own pages', () => {
    const contents = fakeContents(true);
    const event = navigation(APP_ENTRY_URL);
    contents.emit('will-frame-navigate', event);
    expect(event.prevented).toBe(false);
  });

  it('denies every new window', () => {
    const contents = fakeContents(true);
    const handler = contents.setWindowOpenHandler.mock.calls[0]![0];
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
  });

  it('refuses <webview> and Web Bluetooth device pickers, and turns off pinch zoom', () => {
    const contents = fakeContents(true);
    const webview = navigation('');
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.prevented).toBe(true);
    const bluetooth = navigation('');
    const callback = vi.fn();
    contents.emit('select-bluetooth-device', bluetooth, [{ deviceId: 'x' }], callback);
    expect(bluetooth.prevented).toBe(true);
    expect(callback).toHaveBeenCalledExactlyOnceWith('');
    expect(contents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
  });

  it('swallows dev tools and reload keys in production only', () => {
    const production = fakeContents(true);
    expect(key(production, { key: 'F12' })).toBe(true);
    expect(key(production, { key: 'r', control: true })).toBe(true);
    expect(key(production, { key: 'a' })).toBe(false);

    const development = fakeContents(false);
    expect(key(development, { key: 'F12' })).toBe(false);
    expect(key(development, { key: 'r', control: true })).toBe(false);
  });
});
