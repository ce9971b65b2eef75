import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from './single-instance.js';

function fakeApp(gotLock: boolean) {
  return Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
  });
}

describe('claimSingleInstance', () => {
  it('keeps the first kiosk and brings it to the front when a second is launched', () => {
    const app = fakeApp(true);
    const bringToFront = vi.fn();
    expect(claimSingleInstance(app as unknown as App, bringToFront)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['kitdesk-kiosk'], '/');
    expect(bringToFront).toHaveBeenCalledOnce();
  });

  it('quits a second kiosk at once', () => {
    const app = fakeApp(false);
    const bringToFront = vi.fn();
    expect(claimSingleInstance(app as unknown as App, bringToFront)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});
