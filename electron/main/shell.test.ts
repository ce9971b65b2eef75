import { join } from 'node:path';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import { DeviceConfigFile, kioskApiMethods, type KioskEventMessage } from '../../domain/index.js';
import type { HardwarePort, KioskCore, KioskCoreOptions, KioskHandlers } from '../core/index.js';
import { hardwareServiceEntry } from '../../hardware/service/node-spawn.js';
import { KIOSK_CALL_CHANNEL, KIOSK_EVENT_CHANNEL } from '../preload/channels.js';
import { APP_ENTRY_URL } from './app-origin.js';
import { startShell, type ShellDeps, type ShellElectron } from './shell.js';
import { fakeElectron, type FakeElectron } from './testing/fake-electron.js';

const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const deviceConfig = DeviceConfigFile.parse({
  version: 1,
  devices: [{ id: 'reader', name: 'Reader', role: 'card-reader', protocol: 'em4100', transport: 'serial' }],
});

function fakeCore() {
  const handlers = Object.fromEntries(
    Object.keys(kioskApiMethods).map((method) => [method, vi.fn(async () => ({ ok: true }))]),
  ) as Record<string, Mock>;
  const listeners = new Set<(m: KioskEventMessage) => void>();
  const core: KioskCore = {
    handlers: handlers as unknown as KioskHandlers,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    feed: vi.fn(async () => undefined),
    close: vi.fn(async () => undefined),
  };
  return { core, handlers, emit: (m: KioskEventMessage) => listeners.forEach((l) => l(m)) };
}

async function start(
  setup: { fake?: FakeElectron; openCore?: ShellDeps['openCore'] } = {},
  platform: NodeJS.Platform = 'linux',
) {
  const fake = setup.fake ?? fakeElectron();
  const kiosk = fakeCore();
  let coreOptions: KioskCoreOptions | undefined;
  const openCore = vi.fn(
    setup.openCore ??
      (async (options: KioskCoreOptions) => {
        coreOptions = options;
        return kiosk.core;
      }),
  );
  await startShell({ electron: fake.electron as unknown as ShellElectron, openCore, log, platform });
  const window = fake.windows[0];
  const call = (url: string, method: string, params: unknown) =>
    fake.handlers.get(KIOSK_CALL_CHANNEL)!({ senderFrame: { url, parent: null } }, method, params);
  return { fake, kiosk, openCore, coreOptions: () => coreOptions!, window, call };
}

function preventable() {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

afterEach(() => vi.useRealTimers());

describe('startShell', () => {
  it('registers the app scheme before Electron is ready', async () => {
    const { fake } = await start();
    const registered = fake.electron.protocol.registerSchemesAsPrivileged;
    expect(registered).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'kitdesk' })]);
    expect(registered.mock.invocationCallOrder[0]!).toBeLessThan(
      fake.app.whenReady.mock.invocationCallOrder[0]!,
    );
  });

  it('quits a second instance before opening anything', async () => {
    const { fake, openCore } = await start({ fake: fakeElectron({ gotLock: false }) });
    expect(fake.app.quit).toHaveBeenCalledOnce();
    expect(openCore).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });

  it('opens the core on the user data folder and brings the first kiosk forward on a second launch', async () => {
    const { fake, coreOptions, window } = await start();
    expect(coreOptions()).toMatchObject({ dataDir: fake.app.getPath('userData'), version: '1.2.3' });
    fake.app.emit('second-instance', {}, [], '/');
    expect(window!.focus).toHaveBeenCalledOnce();
  });

  it('opens one sandboxed kiosk window on the app’s entry page with no menu', async () => {
    const { fake, window } = await start();
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(fake.windows).toHaveLength(1);
    expect(window!.options).toMatchObject({
      kiosk: true,
      webPreferences: {
        preload: join('/opt/kitdesk/resources/app.asar', 'dist/electron/preload/kiosk-preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        devTools: false,
      },
    });
    expect(window!.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(fake.electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
  });

  it('serves the app scheme from the built renderer inside the app', async () => {
    const { fake } = await start();
    const [scheme, handler] = fake.electron.protocol.handle.mock.calls[0]! as [
      string,
      (r: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('kitdesk');
    await handler(new Request('kitdesk://app/index.html'));
    expect(fake.electron.net.fetch).toHaveBeenCalledWith(
      'file:///opt/kitdesk/resources/app.asar/renderer/dist/index.html',
    );
  });

  it('locks down the session and the page', async () => {
    const { fake, window } = await start();
    const [requestHandler] = fake.session.setPermissionRequestHandler.mock.calls[0]!;
    const granted = vi.fn();
    requestHandler({}, 'media', granted, {});
    expect(granted).toHaveBeenCalledWith(false);

    const away = { url: 'https://example.com/', ...preventable() };
    window!.webContents.emit('will-frame-navigate', away);
    expect(away.prevented).toBe(true);
    const devTools = preventable();
    window!.webContents.emit('before-input-event', devTools, {
      key: 'F12',
      control: false,
      meta: false,
      shift: false,
      alt: false,
    });
    expect(devTools.prevented).toBe(true);
  });

  it('answers the app’s calls through the core and refuses any other sender', async () => {
    const { kiosk, call } = await start();
    kiosk.handlers['session.touch']!.mockResolvedValue({ ok: true });

    expect(await call(APP_ENTRY_URL, 'session.touch', {})).toEqual({ ok: true, result: { ok: true } });
    expect(await call('https://example.com/', 'session.touch', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call(APP_ENTRY_URL, 'session.override', { reason: 7 })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    expect(kiosk.handlers['session.touch']).toHaveBeenCalledOnce();
    expect(kiosk.handlers['session.override']).not.toHaveBeenCalled();
  });

  it('pushes the core’s events to the page', async () => {
    const { kiosk, window } = await start();
    kiosk.emit({ event: 'cue', data: 'scan-ok' });
    expect(window!.webContents.send).toHaveBeenCalledWith(KIOSK_EVENT_CHANNEL, {
      event: 'cue',
      data: 'scan-ok',
    });
  });

  it('reloads a crashed page, and after a crash loop closes the core and exits for the OS to restart it', async () => {
    const { fake, kiosk, window } = await start();
    const crash = () =>
      window!.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    crash();
    expect(window!.webContents.reload).toHaveBeenCalledOnce();
    crash();
    crash();
    crash();
    expect(window!.webContents.reload).toHaveBeenCalledTimes(3);
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    expect(kiosk.core.close).toHaveBeenCalledOnce();
  });

  it('quits on the core’s approved maintenance exit, closing the core first', async () => {
    const { fake, kiosk, window, coreOptions } = await start();
    const altF4 = preventable();
    window!.emit('close', altF4);
    expect(altF4.prevented).toBe(true);

    coreOptions().onExit!();
    expect(fake.app.quit).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledOnce());

    fake.app.emit('before-quit', preventable());
    const close = preventable();
    window!.emit('close', close);
    expect(close.prevented).toBe(false);

    const firstWillQuit = preventable();
    fake.app.emit('will-quit', firstWillQuit);
    expect(firstWillQuit.prevented).toBe(true);
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(2));
    expect(kiosk.core.close).toHaveBeenCalledOnce();
    expect(fake.handlers.has(KIOSK_CALL_CHANNEL)).toBe(false);
    kiosk.emit({ event: 'cue', data: 'scan-ok' });
    expect(window!.webContents.send).not.toHaveBeenCalled();
    const secondWillQuit = preventable();
    fake.app.emit('will-quit', secondWillQuit);
    expect(secondWillQuit.prevented).toBe(false);
  });

  it('still quits when the core fails to close', async () => {
    const { fake, kiosk } = await start();
    vi.mocked(kiosk.core.close).mockRejectedValue(new Error('database is locked'));
    fake.app.emit('will-quit', preventable());
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledOnce());
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining('database is locked'));
  });

  it('shows why the kiosk could not start and exits', async () => {
    const { fake } = await start({
      openCore: async () => {
        throw new Error('The kiosk database was written by a newer version of Kitdesk.');
      },
    });
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Kitdesk could not start',
      'The kiosk database was written by a newer version of Kitdesk.',
    );
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.windows).toHaveLength(0);
  });

  it('starts at login on Windows, where no systemd unit does it', async () => {
    const windows = await start({}, 'win32');
    expect(windows.fake.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
    const linux = await start({}, 'linux');
    expect(linux.fake.app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('runs the hardware service in a utility process and restarts it with back-off when it crashes', async () => {
    vi.useFakeTimers();
    const fake = fakeElectron();
    let hardware: Promise<HardwarePort> | undefined;
    await start({
      fake,
      // As the real core does: the hardware is opened once, while the core opens.
      openCore: async (options) => {
        hardware = options.openHardware!(deviceConfig, () => undefined);
        return fakeCore().core;
      },
    });

    const fork = fake.electron.utilityProcess.fork;
    expect(fork).toHaveBeenCalledOnce();
    expect(fork.mock.calls[0]![0]).toBe(hardwareServiceEntry());
    answerLikeTheService(fake.children[0]!);
    await hardware;

    fake.children[0]!.emit('exit', 134);
    await vi.advanceTimersByTimeAsync(499);
    expect(fork).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(1);
    expect(fork).toHaveBeenCalledTimes(2);
    answerLikeTheService(fake.children[1]!);
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.children[1]!.postMessage).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'configure', config: deviceConfig }),
    );
  });
});

/** What hardware/service/main does on start: announce itself, then accept every request. */
function answerLikeTheService(child: FakeElectron['children'][number]): void {
  child.postMessage.mockImplementation((request: { type: string; requestId: string }) => {
    queueMicrotask(() =>
      child.emit('message', { type: 'done', requestId: request.requestId, request: request.type }),
    );
  });
  child.emit('message', { type: 'ready', pid: 4242, ts: 0 });
}
