import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { on: vi.fn(), invoke: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('the preload', () => {
  it('exposes the KioskApi as window.kiosk and nothing else', async () => {
    await import('./index.js');

    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
    expect(name).toBe('kiosk');
    expect(Object.keys(api as object).sort()).toEqual(['call', 'subscribe']);
    expect(Object.values(api as object)).not.toContain(electron.ipcRenderer);
  });
});
