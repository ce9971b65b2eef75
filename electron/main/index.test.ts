import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => {
  const { fakeElectron } = await import('./testing/fake-electron.js');
  return fakeElectron().electron;
});
vi.mock('../core/index.js', () => ({
  openKioskCore: vi.fn(async () => ({
    handlers: {},
    subscribe: () => () => undefined,
    feed: async () => undefined,
    close: async () => undefined,
  })),
}));

describe('the main-process entry', () => {
  it('starts the shell with Electron and the kiosk core', async () => {
    await import('./index.js');
    const electron = await import('electron');
    const { openKioskCore } = await import('../core/index.js');

    await vi.waitFor(() => expect(vi.mocked(electron.ipcMain.handle)).toHaveBeenCalledOnce());
    expect(vi.mocked(electron.protocol.registerSchemesAsPrivileged)).toHaveBeenCalledOnce();
    expect(vi.mocked(electron.app.requestSingleInstanceLock)).toHaveBeenCalledOnce();
    expect(vi.mocked(openKioskCore)).toHaveBeenCalledWith(
      expect.objectContaining({ dataDir: electron.app.getPath('userData') }),
    );
    expect(vi.mocked(electron.app.exit)).not.toHaveBeenCalled();
  });
});
